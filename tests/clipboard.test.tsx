// Each branch of the copy fallback chain, in jsdom (which has neither ClipboardItem nor execCommand).
import { copyRich, type ClipboardEnv } from '../src/taskpane/clipboard';

const content = { html: '<p>收入总计<b>903.30</b>万元</p>', text: '收入总计903.30万元' };

class FakeItem {
  constructor(readonly data: Record<string, Blob>) {}
}

/** Makes document.execCommand('copy') dispatch a copy event whose clipboardData records setData. */
function fakeExecCommand(result: boolean, fire = true) {
  const data: Record<string, string> = {};
  const exec = jest.fn((cmd: string) => {
    if (cmd === 'copy' && fire) {
      const e = new Event('copy', { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(e, 'clipboardData', { value: { setData: (t: string, v: string) => (data[t] = v) } });
      document.dispatchEvent(e);
    }
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
  return { exec, data };
}

/** jsdom's Blob has no text(). */
function blobText(b: Blob): Promise<string> {
  return new Promise((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.readAsText(b);
  });
}

afterEach(() => {
  delete (document as unknown as Record<string, unknown>).execCommand;
  document.body.innerHTML = '';
});

test('1. Clipboard API: one ClipboardItem with text/html and text/plain', async () => {
  const written: FakeItem[][] = [];
  const env: ClipboardEnv = {
    clipboard: { write: async (items) => void written.push(items as unknown as FakeItem[]) },
    ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
    document,
  };
  const { exec } = fakeExecCommand(true);
  expect(await copyRich(content, env)).toEqual({ ok: true, method: 'clipboard' });
  expect(written).toHaveLength(1);
  const item = written[0][0];
  expect(Object.keys(item.data).sort()).toEqual(['text/html', 'text/plain']);
  expect(await blobText(item.data['text/html'])).toBe(content.html);
  expect(await blobText(item.data['text/plain'])).toBe(content.text);
  expect(exec).not.toHaveBeenCalled();
});

test('2. Clipboard API refused: execCommand copy with both formats set in the copy event', async () => {
  const env: ClipboardEnv = {
    clipboard: { write: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
    document,
  };
  const { exec, data } = fakeExecCommand(true);
  expect(await copyRich(content, env)).toEqual({ ok: true, method: 'execCommand' });
  expect(exec).toHaveBeenCalledWith('copy');
  expect(data).toEqual({ 'text/html': content.html, 'text/plain': content.text });
  expect(document.querySelector('textarea')).toBeNull(); // the helper text area is gone
});

test('2b. no Clipboard API at all (older WebView): straight to execCommand', async () => {
  const { data } = fakeExecCommand(true);
  expect(await copyRich(content, { document })).toEqual({ ok: true, method: 'execCommand' });
  expect(data['text/plain']).toBe(content.text);
});

test('3. host blocks both: the text comes back for a selectable box', async () => {
  fakeExecCommand(false);
  expect(await copyRich(content, { document })).toEqual({ ok: false, method: 'manual', text: content.text });
});

test('3b. execCommand claims success but no copy event fired: still manual', async () => {
  fakeExecCommand(true, false);
  expect(await copyRich(content, { document })).toEqual({ ok: false, method: 'manual', text: content.text });
});

test('3c. no document and no clipboard (not a browser): manual, no throw', async () => {
  expect(await copyRich(content, {})).toEqual({ ok: false, method: 'manual', text: content.text });
});
