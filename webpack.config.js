// Builds the task pane (runs inside Excel) and the browser preview (runs without Excel) into dist/.
// `npm run build` = webpack --mode production. Sideloading into Excel needs HTTPS: `--env sideload`.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

// office.js loads its siblings at run time: the host mapping table, the Excel host file for the
// platform (win32/mac/web/ios…), its strings for the UI locale, and telemetry helpers. Copy
// those (about 9 MB) rather than the whole 87 MB package (Word, Outlook, 300 locales, debug builds).
const OFFICE_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel-*.js',
  'excelwebapp-*.js',
  'excelios-*.js',
  'telemetry/*.js',
  'ariatelemetry/*.js',
  'zh-cn/*.js',
  'en-us/*.js',
];

/** Fails the build if a bundle pulls in a module it must not ship (the pane must stay light). */
class ForbidModulesPlugin {
  constructor(rules) {
    this.rules = rules; // { chunkName: RegExp }
  }
  apply(compiler) {
    compiler.hooks.afterCompile.tap('ForbidModulesPlugin', (compilation) => {
      for (const chunk of compilation.chunks) {
        const forbidden = this.rules[chunk.name];
        if (!forbidden) continue;
        const found = new Set();
        for (const top of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          // Scope hoisting merges ES modules into one ConcatenatedModule: look inside it too.
          for (const m of [top, ...(top.modules || [])]) if (m.resource && forbidden.test(m.resource)) found.add(m.resource);
        }
        for (const file of found) compilation.errors.push(new Error(`${chunk.name} 不得包含 ${path.relative(__dirname, file)}`));
      }
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const config = {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the pages' CSP (script-src 'self') forbids eval.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The browser build of ExcelJS (the default entry needs Node's fs/stream). Preview only.
      alias: { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules (tsconfig says commonjs for jest/CLI): with require() webpack would pick the
          // CommonJS builds of Fluent and bundle all of @fluentui/react-icons (17 MB) untreeshaken.
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      // Static pages: copied as they are (commands.html loads office.js itself).
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: [], inject: false, minify: false }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [], inject: false, minify: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/legacy.js', to: 'legacy.js' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          ...OFFICE_FILES.map((glob) => ({
            from: glob,
            context: OFFICE_DIR,
            to: 'office/[path][name][ext]',
            globOptions: { ignore: ['**/*.debug.js'] },
            info: { minimized: true }, // Microsoft's files as published: no second minification
          })),
        ],
      }),
      new ForbidModulesPlugin({ taskpane: /[\\/]exceljs[\\/]|[\\/]src[\\/]workbook[\\/]xlsx\.ts$|[\\/]src[\\/]preview[\\/]/ }),
    ],
    // Webpack 5.11x turns on its built-in HTML handling, which would minify the static pages too.
    experiments: { html: false },
    performance: {
      // office.js files are Microsoft's; the preview carries ExcelJS (~1 MB) by design.
      assetFilter: (file) => /^(taskpane|preview)\.js$/.test(file),
      maxAssetSize: 2_500_000,
      maxEntrypointSize: 2_500_000,
    },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      host: 'localhost',
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
  if (env.sideload) {
    // Office requires https://localhost:3000. office-addin-dev-certs installs a CA into the OS trust
    // store (sudo on Linux), so only load it when sideloading, never for builds or the preview.
    const devCerts = require('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
