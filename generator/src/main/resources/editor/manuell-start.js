// Loaded before decap-cms.js: Decap waits, so that fellesomrade-editor.js can register the
// site's front-matter format first and then start it (CMS.init()).
window.CMS_MANUAL_INIT = true;
