// The few words only the Slack adapter needs (its buttons, the modal frame and its limits, such as
// one file per message); everything else is the same for Teams and Slack.
export const slackNl = {
  open: 'Openen',
  close: 'Sluiten',
  yes: 'Ja',
  more: (count: number) => `… nog ${count} onderdelen passen hier niet. Typ het commando in de chat met Koppel om alles te zien.`,
  moreOptions: (count: number) => `Nog ${count} keuzes passen niet in deze lijst.`,
  formExpired: 'Dit formulier is verlopen. Typ het commando opnieuw om het te openen.',
  onlyFirstFile: (name: string, others: string) => `Koppel leest één bestand per bericht; alleen **${name}** is gelezen. Stuur **${others}** in een eigen bericht.`,
};

export type SlackTexts = typeof slackNl;
