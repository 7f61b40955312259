// Where the web app is deployed: an https:// address on a business domain of
// this mini-program (docs/hosting.md, "WeChat mini-program"). Change it before
// uploading; the address ends with the folder that holds index.html.
module.exports = {
  APP_URL: 'https://cango.example.org/',
};
