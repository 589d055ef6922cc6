import type { Reply } from '../../dialogs/turn.js';
import { LIMITS } from './block-limits.js';
import type { SlackBlock } from './blocks.js';
import { fitOneMessage, formBlocks, replyMessages, type RenderContext } from './render-message.js';

/**
 * The App Home tab: the same replies a person would get in the chat, as one view of at most 100
 * blocks. It is published again every time the tab is opened, so what it shows (e.g. a result
 * only from the release moment) is decided on the server at that moment.
 */
export function homeView(replies: Reply[], ctx: RenderContext): SlackBlock {
  const blocks = replies.flatMap((reply): SlackBlock[] => {
    if (reply.kind === 'file') return [];
    // A live reply needs no refresh button here: the tab is rebuilt each time it is opened.
    if (reply.kind === 'live') return formBlocks(reply.form, ctx);
    return replyMessages(reply, ctx).flatMap((m) => m.blocks);
  });
  return { type: 'home', blocks: fitOneMessage(blocks, ctx.language, LIMITS.blocksPerView) };
}
