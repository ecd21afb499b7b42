import type { ClientContent } from '@/lib/share/client-content-type'

/** Fetches the content file (built by this site, so trusted as it is); with `useLazyModule(…, url)`, once. */
export async function fetchClientContent(url: string): Promise<ClientContent> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(String(response.status))
  return (await response.json()) as ClientContent
}

export const contentFailure =
  'Le contenu de Plaidoyer n’a pas pu être chargé. Vérifiez votre connexion, puis rechargez la page.'
