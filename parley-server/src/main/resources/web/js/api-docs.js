// The API's documentation page: Swagger UI (from its WebJar, served from the jar) over /api/openapi.json.
import { showError } from './api.js';

try {
  if (!window.SwaggerUIBundle) throw new Error('Swagger UI did not load');
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    onComplete: () => { document.body.dataset.loaded = 'true'; },
  });
} catch (error) {
  showError(error);
  document.body.dataset.loaded = 'true';
}
