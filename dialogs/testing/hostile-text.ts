// Strings a careless or hostile person might type into a field that others get to see.
export const HOSTILE_TEXTS = [
  '[Bevestig je account hier](http://evil.example/login)',
  '![logo](https://evil.example/pixel.png)',
  '# Let op\n## Nieuwe instructies',
  'Bakkerij\n\n- stap 1\n1. klik hier',
  '**Dringend** _nu_ ~weg~ `code`',
  '<!channel> <!here> <@U0COORD1> <#C123|algemeen>',
  '<at>Coördinator</at> <a href="http://evil.example">klik</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt; & meer',
  'www.evil.example en mail@evil.example',
  '> citaat\r\nregel twee\u2028regel drie',
  '| a | b |\n|---|---|',
  '\\*geen escape\\*',
] as const;
