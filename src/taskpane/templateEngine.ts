// What the 模板 tab needs beyond its form: every table spec and the insert planner (with the
// formulas and decimal.js behind them). A separate chunk, fetched as soon as the pane has
// rendered, so the pane itself opens about as fast as a plain one.
export { planInsert } from '../domain/insert';
export { tableSpec } from '../domain/tables';
