import { describe, expect, it } from 'vitest';
import { escaped, joinHtml, markup } from '../../../shared/report/html';

describe('the escaped`…` HTML template', () => {
  it('escapes every interpolated text and number, in text and in attributes', () => {
    const name = `<script>"Sputnik" & 'RT'</script>`;
    expect(String(escaped`<p title="${name}">${name} ${3}</p>`)).toBe(
      '<p title="&#60;script&#62;&#34;Sputnik&#34; &#38; &#39;RT&#39;&#60;/script&#62;">&#60;script&#62;&#34;Sputnik&#34; &#38; &#39;RT&#39;&#60;/script&#62; 3</p>',
    );
  });

  it('keeps HTML it built, lists one after the other and nothing for false, null and undefined', () => {
    const items = ['a<b', 'c'].map((t) => escaped`<li>${t}</li>`);
    expect(String(escaped`<ul>${items}${false}${null}${undefined}</ul>`)).toBe(
      '<ul><li>a&#60;b</li><li>c</li></ul>',
    );
    expect(String(joinHtml([escaped`<i>x</i>`, 'y&z'], '\n'))).toBe('<i>x</i>\ny&#38;z');
    expect(String(escaped`<p>${markup('<b>sûr</b>')}</p>`)).toBe('<p><b>sûr</b></p>');
  });
});
