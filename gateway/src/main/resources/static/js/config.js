// Where the browser signs in. The gateway serves these pages as static files, so the values are fixed here;
// a deployment with another Keycloak changes this one file.
export const AUTH = Object.freeze({
  issuer: 'http://127.0.0.1:8180/realms/priceflow',
  clientId: 'priceflow-web',
  // Refresh the access token when it has less than this many seconds left.
  refreshMarginSeconds: 30,
});
