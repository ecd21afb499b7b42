import type { IndexTexts } from '@/lib/content/model'
import type { ClientContent } from '@/lib/share/client-content-type'

/** Fetches one of the content files (built by this site, so trusted as they are); with `loadOnce(…, url)`, once. */
async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(String(response.status))
  return (await response.json()) as T
}

/** The outline and the templates: what every step of the wizard needs. */
export const fetchClientContent = (url: string) => fetchJson<ClientContent>(url)

/** The texts the steps that write a document add to the outline (lib/content/client-index.ts). */
export const fetchIndexTexts = (url: string) => fetchJson<IndexTexts>(url)

export const contentFailure =
  'Le contenu de Plaidoyer n’a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.'
