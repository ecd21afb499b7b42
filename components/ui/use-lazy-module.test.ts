import { describe, expect, it, vi } from 'vitest'

import { loadOnce } from './use-lazy-module'

describe('chargement unique (code ou contenu)', () => {
  it('une même clé ne lance qu’une requête, même demandée par deux appelants', async () => {
    const fetchContent = vi.fn(async () => ({ index: 'contenu' }))
    const [a, b] = await Promise.all([
      loadOnce(() => fetchContent(), '/contenu/a.json'),
      loadOnce(() => fetchContent(), '/contenu/a.json'),
    ])
    expect(a).toBe(b)
    expect(fetchContent).toHaveBeenCalledTimes(1)
    await loadOnce(() => fetchContent(), '/contenu/b.json')
    expect(fetchContent).toHaveBeenCalledTimes(2)
  })

  it('sans clé, le chargeur lui-même sert de clé', async () => {
    const load = vi.fn(async () => ({ Wizard: 'assistant' }))
    await loadOnce(load)
    await loadOnce(load)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('une requête échouée (hors ligne) est relancée à la demande suivante', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('hors ligne')).mockResolvedValueOnce('prêt')
    await expect(loadOnce(load, 'reprise')).rejects.toThrow('hors ligne')
    await expect(loadOnce(load, 'reprise')).resolves.toBe('prêt')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
