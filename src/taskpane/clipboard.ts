// Copies rich text (HTML for Word/WPS, plain text for everything else) with a fallback chain,
// because Office hosts differ in what they allow a task pane to do:
//   1. the async Clipboard API with a ClipboardItem holding both formats;
//   2. document.execCommand('copy') with a copy-event listener that sets both formats;
//   3. nothing works: the caller shows the text in a selectable box for Ctrl+C.
// Call it straight from the click handler: awaiting other work first can lose the user activation
// the browser requires for clipboard writes.

export interface RichText {
  html: string;
  text: string;
}

export type CopyResult =
  | { ok: true; method: 'clipboard' | 'execCommand' }
  | { ok: false; method: 'manual'; text: string };

/** The globals used, injectable for tests. */
export interface ClipboardEnv {
  clipboard?: { write?: (items: ClipboardItem[]) => Promise<void> } | undefined;
  ClipboardItem?: typeof ClipboardItem | undefined;
  document?: Document | undefined;
}

function globalEnv(): ClipboardEnv {
  return {
    clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : undefined,
    ClipboardItem: typeof ClipboardItem !== 'undefined' ? ClipboardItem : undefined,
    document: typeof document !== 'undefined' ? document : undefined,
  };
}

async function viaClipboardApi(content: RichText, env: ClipboardEnv): Promise<boolean> {
  const Item = env.ClipboardItem;
  if (!Item || typeof env.clipboard?.write !== 'function') return false;
  try {
    await env.clipboard.write([
      new Item({
        'text/html': new Blob([content.html], { type: 'text/html' }),
        'text/plain': new Blob([content.text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false; // NotAllowedError in hosts without the clipboard-write permission
  }
}

function viaExecCommand(content: RichText, doc: Document | undefined): boolean {
  if (!doc || typeof doc.execCommand !== 'function') return false;
  let set = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/html', content.html);
    e.clipboardData.setData('text/plain', content.text);
    e.preventDefault();
    set = true;
  };
  // Some browsers fire 'copy' only with a selection: select a hidden text area's content.
  const area = doc.createElement('textarea');
  area.value = content.text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  const active = doc.activeElement as HTMLElement | null;
  doc.addEventListener('copy', onCopy);
  try {
    area.select();
    const ok = doc.execCommand('copy');
    return ok && set;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy);
    area.remove();
    active?.focus?.();
  }
}

export async function copyRich(content: RichText, env: ClipboardEnv = globalEnv()): Promise<CopyResult> {
  if (await viaClipboardApi(content, env)) return { ok: true, method: 'clipboard' };
  if (viaExecCommand(content, env.document)) return { ok: true, method: 'execCommand' };
  return { ok: false, method: 'manual', text: content.text };
}
