// The mini-program itself holds nothing: its one page opens the web app
// (config.js) in a <web-view>.
App({});
