import type { Field, Form, FormAction } from '../../dialogs/form.js';
import { textsFor } from '../../dialogs/texts/index.js';
import type { Language, Reply } from '../../dialogs/turn.js';
import { documentHtml, escapeHtml, plainHtml, textHtml } from './html.js';

// The neutral replies of the dialogs as one accessible HTML page: every field with its label, help
// and error tied to it (aria-describedby, aria-invalid), keyboard order as read, no script, readable
// at a phone's width, contrast well above WCAG AA. The same forms as the Teams and Slack cards.

export interface PageOptions {
  language: Language;
  /** Where the forms post (the link's own address). */
  action: string;
  /** The anti-forgery token, repeated in every form and checked against the cookie. */
  csrf: string;
  /** The links to the company's pages, in the header. */
  nav: Array<{ href: string; label: string; lang?: Language }>;
}

export function renderPage(replies: readonly Reply[], options: PageOptions): string {
  const t = textsFor(options.language).web;
  let formIndex = 0;
  const body = replies.map((reply) => {
    switch (reply.kind) {
      case 'text': return `<p class="message">${textHtml(reply.text)}</p>`;
      case 'form':
      case 'live': return formHtml(reply.form, `f${++formIndex}`, options);
      case 'chart': return `<section class="card"><h2>${plainHtml(reply.title)}</h2>${factsHtml(reply.facts)}</section>`;
      case 'summary': return `<section class="card"><h2>${plainHtml(reply.title)}</h2>${reply.intro ? `<p>${textHtml(reply.intro)}</p>` : ''}${factsHtml(reply.facts)}</section>`;
      case 'file': return `<section class="card"><h2>${plainHtml(reply.name)}</h2><p>${textHtml(reply.description)}</p><pre>${escapeHtml(reply.content)}</pre></section>`;
    }
  }).join('\n');
  const hasErrors = replies.some((r) => (r.kind === 'form' || r.kind === 'live') && r.form.errors && Object.keys(r.form.errors).length > 0);
  return page(options.language, t.pageTitle, `
<a class="skip" href="#main">${escapeHtml(t.skip)}</a>
<header><nav aria-label="Koppel">${options.nav.map((n) => `<a href="${escapeHtml(n.href)}"${n.lang ? ` lang="${n.lang}"` : ''}>${escapeHtml(n.label)}</a>`).join(' ')}</nav></header>
<main id="main">
${hasErrors ? `<p class="alert" role="alert">${escapeHtml(t.fixBelow)}</p>` : ''}
${body}
</main>`);
}

/** A page with one message (a link that does not work, too many requests). */
export function messagePage(language: Language, title: string, message: string): string {
  return page(language, title, `<main id="main"><h1>${escapeHtml(title)}</h1><p>${textHtml(message)}</p></main>`);
}

function page(language: Language, title: string, content: string): string {
  return documentHtml({ language, title, style: STYLE, body: content });
}

function formHtml(form: Form, id: string, options: PageOptions): string {
  const t = textsFor(options.language).web;
  const errors = form.errors ?? {};
  const sections = (form.sections ?? []).map((s) => `<h3>${plainHtml(s.title)}</h3>${factsHtml(s.facts)}${s.action ? actionForm(s.action, options) : ''}`).join('');
  const fields = form.fields.map((field) => fieldHtml(field, `${id}-${field.id}`, errors[field.id], t.required)).join('\n');
  const buttons = form.actions.map((a) => buttonHtml(a)).join(' ');
  return `<section class="card" aria-labelledby="${id}-title">
<h2 id="${id}-title">${plainHtml(form.title)}</h2>
${form.intro ? `<p>${textHtml(form.intro)}</p>` : ''}
${form.notice ? `<p class="notice ${form.notice.tone}" role="status">${textHtml(form.notice.text)}</p>` : ''}
${sections}
${form.fields.length > 0 || form.actions.length > 0 ? `<form method="post" action="${escapeHtml(options.action)}" novalidate>
<input type="hidden" name="_csrf" value="${escapeHtml(options.csrf)}">
${fields}
<div class="actions">${buttons}</div>
</form>` : ''}
</section>`;
}

function actionForm(action: FormAction, options: PageOptions): string {
  return `<form method="post" action="${escapeHtml(options.action)}"><input type="hidden" name="_csrf" value="${escapeHtml(options.csrf)}">${buttonHtml(action)}</form>`;
}

/** The button carries its verb and data; the fields travel as the form's own inputs. */
function buttonHtml(action: FormAction): string {
  const value = JSON.stringify({ verb: action.verb, data: action.data ?? {} });
  return `<button type="submit" name="_action" value="${escapeHtml(value)}" class="${action.style === 'secondary' ? 'secondary' : 'primary'}">${plainHtml(action.label)}</button>`;
}

function factsHtml(facts: ReadonlyArray<{ label: string; value: string }>): string {
  return facts.length === 0 ? '' : `<dl>${facts.map((f) => `<dt>${plainHtml(f.label)}</dt><dd>${textHtml(f.value)}</dd>`).join('')}</dl>`;
}

function fieldHtml(field: Field, id: string, error: string | undefined, requiredWord: string): string {
  const described = [field.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = `${described ? ` aria-describedby="${described}"` : ''}${error ? ' aria-invalid="true"' : ''}${field.required ? ' aria-required="true"' : ''}`;
  const label = `${plainHtml(field.label)}${field.required ? ` <span class="required">(${escapeHtml(requiredWord)})</span>` : ''}`;
  const help = field.help ? `<p class="help" id="${id}-help">${textHtml(field.help)}</p>` : '';
  const err = error ? `<p class="error" id="${id}-error">${plainHtml(error)}</p>` : '';
  const name = escapeHtml(field.id);
  switch (field.kind) {
    case 'text': {
      const value = escapeHtml(field.value ?? '');
      const input = field.multiline
        ? `<textarea id="${id}" name="${name}" maxlength="${field.maxLength}" rows="4"${aria}>${value}</textarea>`
        : `<input id="${id}" name="${name}" type="text" maxlength="${field.maxLength}" value="${value}"${aria}>`;
      return `<div class="field"><label for="${id}">${label}</label>${help}${input}${err}</div>`;
    }
    case 'number':
      return `<div class="field"><label for="${id}">${label}</label>${help}<input id="${id}" name="${name}" type="number" inputmode="numeric" min="${field.min}" max="${field.max}" value="${field.value ?? ''}"${aria}>${err}</div>`;
    case 'date':
    case 'time':
      return `<div class="field"><label for="${id}">${label}</label>${help}<input id="${id}" name="${name}" type="${field.kind}" value="${escapeHtml(field.value ?? '')}"${aria}>${err}</div>`;
    case 'toggle':
      return `<div class="field"><input id="${id}" name="${name}" type="checkbox" value="true"${field.value ? ' checked' : ''}${aria}> <label for="${id}">${label}</label>${help}${err}</div>`;
    case 'choice':
      if (field.style !== 'expanded') {
        return `<div class="field"><label for="${id}">${label}</label>${help}<select id="${id}" name="${name}"${aria}><option value=""></option>${field.choices.map((c) => `<option value="${escapeHtml(c.value)}"${c.value === field.value ? ' selected' : ''}>${plainHtml(c.label)}</option>`).join('')}</select>${err}</div>`;
      }
      return choiceGroup(field.choices, 'radio', id, name, label, help, err, described, error !== undefined, (v) => v === field.value);
    case 'multi-choice':
      return choiceGroup(field.choices, 'checkbox', id, name, label, help, err, described, error !== undefined, (v) => (field.value ?? []).includes(v));
  }
}

/** A group of radios or checkboxes: the group is described by its help and error, each box marked invalid (a group cannot be). */
function choiceGroup(
  choices: ReadonlyArray<{ value: string; label: string }>, type: 'radio' | 'checkbox', id: string, name: string, label: string,
  help: string, err: string, described: string, invalid: boolean, checked: (value: string) => boolean,
): string {
  const options = choices.map((c, i) => `<div class="option"><input id="${id}-${i}" name="${name}" type="${type}" value="${escapeHtml(c.value)}"${checked(c.value) ? ' checked' : ''}${invalid ? ' aria-invalid="true"' : ''}> <label for="${id}-${i}">${plainHtml(c.label)}</label></div>`).join('');
  return `<fieldset class="field" id="${id}"${described ? ` aria-describedby="${described}"` : ''}><legend>${label}</legend>${help}${options}${err}</fieldset>`;
}

// System fonts, generous touch targets, a visible focus ring, and colours with a contrast of 7:1 or more.
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;background:#f5f5f5}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header{background:#0b3d66;padding:.75rem 1rem}header a{color:#fff;margin-right:1rem;font-weight:600}
main{max-width:44rem;margin:0 auto;padding:1rem}
.card{background:#fff;border:1px solid #c8c8c8;border-radius:.5rem;padding:1rem;margin:1rem 0}
h2{margin-top:0;font-size:1.25rem}h3{font-size:1.05rem;margin-bottom:.25rem}
.field{margin:1rem 0;border:0;padding:0}label,legend{font-weight:600;display:inline-block;margin-bottom:.25rem}
.option label{font-weight:400}
input[type=text],input[type=number],input[type=date],input[type=time],select,textarea{width:100%;font:inherit;padding:.5rem;border:2px solid #555;border-radius:.25rem;background:#fff;color:#111}
input[type=checkbox],input[type=radio]{width:1.25rem;height:1.25rem;vertical-align:middle}
[aria-invalid=true]{border-color:#a00000}
.help{margin:.25rem 0;color:#333}.error{color:#a00000;font-weight:600;margin:.25rem 0}.required{font-weight:400;color:#333}
.alert{background:#fde7e7;border:2px solid #a00000;padding:.75rem;border-radius:.25rem;color:#5c0000}
.notice{padding:.5rem;border-left:4px solid #0b3d66;background:#eef4fa}.notice.warning{border-color:#a00000;background:#fde7e7}
button{font:inherit;padding:.6rem 1rem;border-radius:.25rem;border:2px solid #0b3d66;margin:.25rem .25rem .25rem 0;cursor:pointer;min-height:2.75rem}
button.primary{background:#0b3d66;color:#fff}button.secondary{background:#fff;color:#0b3d66}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0b400;outline-offset:2px}
dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;overflow-wrap:anywhere}
`;
