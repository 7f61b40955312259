// The one page: a <web-view> on the deployed web app (config.js), opened on
// the trip a card shared, and sharing the trip on screen as a card.
const { APP_URL } = require('../../config.js');
const { shareMessage, webViewSrc } = require('./logic.js');

Page({
  data: { src: '', problem: '' },

  onLoad(query) {
    const src = webViewSrc(APP_URL, query);
    if (src) this.setData({ src });
    else this.setData({ problem: `config.js 中的 APP_URL 须为 https:// 地址（现为 ${APP_URL}）。` });
  },

  // Defining it turns on "转发" in the ··· menu; options.webViewUrl is the
  // web-view's address at that moment.
  onShareAppMessage(options) {
    return shareMessage({ webViewUrl: options && options.webViewUrl, src: this.data.src, appUrl: APP_URL });
  },
});
