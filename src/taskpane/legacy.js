/*
 * ES5 on purpose: runs before the bundle in every task-pane webview, including the IE11 one of
 * Office 2016/2019 (MSI editions), which cannot run React 18 or Fluent UI v9. Where the engine
 * is too old, or the bundle has not started after a while, it replaces the loading text with a
 * plain Chinese explanation and points to the browser file mode. No network, no eval.
 */
(function () {
  'use strict';
  var MESSAGE =
    '<div class="legacy" role="alert">' +
    '<h1>当前 Office 版本无法运行预决算公开助手</h1>' +
    '<p>本加载项需要使用 Microsoft Edge（WebView2）内核的 Office：Microsoft 365、Office 2021 及以上（Windows），或 Office 2019 及以上（Mac）。' +
    'Office 2016、Office 2019 的批量授权版使用旧的 Internet Explorer 内核，无法运行。</p>' +
    '<p><strong>WPS 用户和旧版 Office 用户</strong>：请用 Chrome、Edge 或 360 浏览器（极速模式）打开 ' +
    '<a href="preview.html">浏览器文件模式</a>，在其中打开 .xlsx 文件，插入模板、填充公式、检查后下载，再用 WPS 或 Office 打开。数据只在本机处理，不会上传。</p>' +
    '</div>';

  function modern() {
    try {
      // What React 18, Fluent UI v9 and our code need: Promise, Map/Set, Symbol, Proxy, fetch-era DOM.
      return typeof Promise === 'function' && typeof Map === 'function' && typeof Set === 'function' &&
        typeof Symbol === 'function' && typeof Proxy === 'function' && typeof Object.assign === 'function' &&
        !document.documentMode;
    } catch (e) {
      return false;
    }
  }

  function show() {
    var root = document.getElementById('root');
    if (root && (!root.firstChild || root.firstChild.className === 'boot')) root.innerHTML = MESSAGE;
  }

  window.__disclosureTablesLegacy = !modern();
  if (window.__disclosureTablesLegacy) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
    else show();
    return;
  }
  // A modern engine whose bundle failed to load or start (blocked file, script error).
  window.setTimeout(show, 15000);
})();
