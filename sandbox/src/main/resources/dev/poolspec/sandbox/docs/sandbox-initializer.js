// The sandbox's interactive reference: Swagger UI over the published spec (/openapi.json, served unchanged).
// The spec's servers name the real ModelArts endpoint, so when the page loads the spec it replaces them, in the
// page only, by this sandbox's origin: "Try it out" then sends every request here. The IAM token is
// pre-authorized (the sandbox accepts any non-blank token): "sandbox", or the page's ?token= parameter.
(function () {
  'use strict';
  var origin = window.location.origin;
  var token = new URLSearchParams(window.location.search).get('token') || 'sandbox';

  function isSpec(url) {
    try {
      return new URL(url, origin).pathname === '/openapi.json';
    } catch (e) {
      return false;
    }
  }

  function servedHere(res) {
    if (!res.ok || !isSpec(res.url) || typeof res.text !== 'string') {
      return res;
    }
    var spec = JSON.parse(res.text);
    spec.servers = [{ url: origin, description: 'This poolspec sandbox (the published spec names the real endpoint)' }];
    res.text = JSON.stringify(spec);
    res.data = res.text;
    res.body = spec;
    res.obj = spec;
    return res;
  }

  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    defaultModelsExpandDepth: 0,
    validatorUrl: null, // no badge fetched from validator.swagger.io: the page needs nothing but the sandbox
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    responseInterceptor: servedHere,
    onComplete: function () {
      window.ui.preauthorizeApiKey('iamToken', token);
    }
  });
})();
