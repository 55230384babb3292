// Builds bench/reference (the Microsoft template's UI) exactly as our pane is built: same loader,
// production mode, one bundle. Output: build-bench/reference/.
const path = require('path');
const root = path.resolve(__dirname, '..', '..');
module.exports = {
  mode: 'production',
  context: root,
  entry: { reference: './bench/reference/index.tsx' },
  output: { path: path.join(root, 'build-bench', 'reference'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', jsx: 'react-jsx' } } } }],
  },
  performance: { hints: false },
};
