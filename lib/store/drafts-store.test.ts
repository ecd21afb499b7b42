import { beforeAll, describe, expect, it } from 'vitest'

import { emptyChoices } from '../document/choices'
import { parseBackup } from './backup'
import { serializeBackup } from './backup-format'
import { ASIDE_KEY_PREFIX, DRAFT_KEY_PREFIX, STORAGE_KEY, STORE_VERSION, type Draft } from './draft-schema'
import { createDraftsStore } from './drafts-store'
import { sharedStorage } from './memory-storage'
import { readDraftsData } from './read-drafts'
import { loadDraftReaders } from './draft-readers'

// Stores created in these tests read stored drafts at once, as the composer does once the checking code is here.
beforeAll(async () => {
  await loadDraftReaders()
})

let counter = 0
const newId = () => `b-${++counter}`
const now = () => new Date('2026-11-23T10:15:00Z')

type Browser = ReturnType<typeof sharedStorage>

function openTab(browser: Browser) {
  const tab = browser.tab()
  const store = createDraftsStore({ ...tab, now, newId })
  store.start()
  return store
}

function browserWith(initial: Record<string, string> = {}, quota = Infinity) {
  return sharedStorage(initial, quota)
}

const draftKeys = (browser: Browser) => [...browser.map.keys()].filter((k) => k.startsWith(DRAFT_KEY_PREFIX))
const asideKeys = (browser: Browser) => [...browser.map.keys()].filter((k) => k.startsWith(ASIDE_KEY_PREFIX))
const names = (store: ReturnType<typeof openTab>) => store.getState().drafts.map((d) => d.name)
const place = (store: ReturnType<typeof openTab>) => store.getState().current()?.choices.context.place

function storedDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'd-1',
    name: 'Note',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    step: 'vous',
    choices: emptyChoices(),
    edits: { overrides: {}, order: [], removed: [] },
    revision: 1,
    ...overrides,
  }
}

const v2Blob = (drafts: unknown[], currentId: string | null = null) =>
  JSON.stringify({ version: 2, state: { drafts, currentId } })

describe('brouillons : enregistrement automatique', () => {
  it('enregistre chaque modification sous la clé du brouillon, avec une révision', () => {
    const browser = browserWith()
    const store = openTab(browser)
    const id = store.getState().createDraft({ name: 'Note Wi-Fi' })
    store.getState().updateChoices((c) => ({ ...c, goals: ['acces-internet'] }))
    const saved = JSON.parse(browser.map.get(`${DRAFT_KEY_PREFIX}${id}`)!)
    expect(saved.version).toBe(STORE_VERSION)
    expect(saved.draft.choices.goals).toEqual(['acces-internet'])
    expect(saved.draft.revision).toBe(2)
    expect(store.status.getState().status).toEqual({ kind: 'ok', savedAt: now() })
  })

  it('retrouve les brouillons après rechargement', () => {
    const browser = browserWith()
    openTab(browser).getState().createDraft({ name: 'A' })
    expect(names(openTab(browser))).toEqual(['A'])
  })

  it('renomme, duplique et supprime avec annulation', () => {
    const store = openTab(browserWith())
    const a = store.getState().createDraft({ name: 'A' })
    store.getState().updateChoices((c) => ({ ...c, goals: ['communs'] }))
    const copy = store.getState().duplicateDraft(a)!
    store.getState().renameDraft(copy, 'Copie renommée')
    expect(names(store)).toEqual(['A', 'Copie renommée'])
    expect(store.getState().drafts[1]!.choices.goals).toEqual(['communs'])
    store.getState().deleteDraft(a)
    expect(names(store)).toEqual(['Copie renommée'])
    store.getState().undoDelete()
    expect(names(store)).toEqual(['A', 'Copie renommée'])
  })

  it('modifier un brouillon laisse l’autre intact', () => {
    const store = openTab(browserWith())
    const a = store.getState().createDraft({ name: 'A' })
    store.getState().createDraft({ name: 'B' })
    store.getState().updateChoices((c) => ({ ...c, format: 'courrier' }))
    expect(store.getState().drafts.find((d) => d.id === a)!.choices.format).toBe('note')
  })

  it('supprimer le dernier brouillon en ouvre un nouveau, jamais une page vide', () => {
    const store = openTab(browserWith())
    const a = store.getState().createDraft({ name: 'Seul' })
    store.getState().deleteDraft(a)
    expect(store.getState().current()?.name).toBe('Mon premier brouillon')
  })

  it('garde le texte non confirmé d’un brouillon après rechargement, et l’oublie une fois confirmé', () => {
    const browser = browserWith()
    const store = openTab(browser)
    store.getState().createDraft({ name: 'A' })
    store.getState().setUnsaved('paragraphe:intro.0', 'Un texte en cours')
    store.getState().setUnsaved('__proto__', 'refusé')
    expect(openTab(browser).getState().current()?.unsaved).toEqual({ 'paragraphe:intro.0': 'Un texte en cours' })
    store.getState().setUnsaved('paragraphe:intro.0', undefined)
    expect(openTab(browser).getState().current()?.unsaved).toBeUndefined()
  })
})

describe('brouillons : plusieurs onglets', () => {
  it('un onglet voit le brouillon créé dans un autre', () => {
    const browser = browserWith()
    const a = openTab(browser)
    const b = openTab(browser)
    a.getState().createDraft({ name: 'Créé dans A' })
    browser.deliver()
    expect(names(b)).toEqual(['Créé dans A'])
  })

  it('un onglet qui a lu ses brouillons avant d’écouter rattrape ce qu’un autre a changé entre-temps', () => {
    const browser = browserWith()
    const a = openTab(browser)
    const tab = browser.tab()
    const b = createDraftsStore({ ...tab, now, newId })
    b.open()
    a.getState().createDraft({ name: 'Créé dans A' })
    browser.deliver()
    expect(names(b)).toEqual([])
    b.start()
    expect(names(b)).toEqual(['Créé dans A'])
  })

  it('une frappe dans un onglet ancien ne supprime pas le brouillon créé ailleurs', () => {
    const browser = browserWith()
    const a = openTab(browser)
    a.getState().createDraft({ name: 'Premier' })
    browser.deliver()
    const b = openTab(browser)
    a.getState().createDraft({ name: 'Créé dans A' })
    // B has not heard of it yet when its user types.
    b.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'Lyon' } }))
    browser.deliver()
    expect(names(openTab(browser)).sort()).toEqual(['Créé dans A', 'Premier'])
    expect(names(b).sort()).toEqual(['Créé dans A', 'Premier'])
  })

  it('deux onglets qui écrivent tour à tour dans le même champ gardent chaque mot', () => {
    const browser = browserWith()
    const a = openTab(browser)
    a.getState().createDraft({ name: 'Commun' })
    browser.deliver()
    const b = openTab(browser)
    let text = ''
    for (const [i, word] of ['une', 'deux', 'trois', 'quatre', 'cinq', 'six'].entries()) {
      const tab = i % 2 === 0 ? a : b
      text = `${text} ${word}`.trim()
      tab
        .getState()
        .updateChoices((c) => ({ ...c, context: { ...c.context, place: `${c.context.place} ${word}`.trim() } }))
      browser.deliver()
    }
    expect(place(a)).toBe(text)
    expect(place(b)).toBe(text)
    expect(place(openTab(browser))).toBe(text)
    expect(a.status.getState().notice).toBeNull()
  })

  it('un même brouillon modifié dans deux onglets garde les deux versions et le dit', () => {
    const browser = browserWith()
    const a = openTab(browser)
    a.getState().createDraft({ name: 'Note' })
    browser.deliver()
    const b = openTab(browser)
    a.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'écrit dans A' } }))
    b.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'écrit dans B' } }))
    browser.deliver()
    expect(b.status.getState().notice?.text).toMatch(
      /aussi été modifié dans un autre onglet.+«\sNote \(version d’un autre onglet\)\s»/,
    )
    const after = openTab(browser)
    const places = after.getState().drafts.map((d) => [d.name, d.choices.context.place])
    expect(places).toEqual(
      expect.arrayContaining([
        ['Note', 'écrit dans B'],
        ['Note (version d’un autre onglet)', 'écrit dans A'],
      ]),
    )
    expect(places).toHaveLength(2)
    // A follows: it sees B's text and the copy of its own.
    expect(
      a
        .getState()
        .drafts.map((d) => d.choices.context.place)
        .sort(),
    ).toEqual(['écrit dans A', 'écrit dans B'])
  })

  it('ne supprime pas un brouillon modifié ailleurs depuis sa lecture', () => {
    const browser = browserWith()
    const a = openTab(browser)
    const id = a.getState().createDraft({ name: 'Note' })
    a.getState().createDraft({ name: 'Autre' })
    browser.deliver()
    const b = openTab(browser)
    b.getState().selectDraft(id)
    b.getState().updateChoices((c) => ({ ...c, context: { ...c.context, place: 'Lyon' } }))
    a.getState().deleteDraft(id)
    expect(a.status.getState().notice?.text).toMatch(/modifié dans un autre onglet\s: il n’a pas été supprimé/)
    expect(names(openTab(browser)).sort()).toEqual(['Autre', 'Note'])
  })

  it('suit une suppression faite ailleurs et ouvre un autre brouillon', () => {
    const browser = browserWith()
    const a = openTab(browser)
    const id = a.getState().createDraft({ name: 'Note' })
    a.getState().createDraft({ name: 'Autre' })
    browser.deliver()
    const b = openTab(browser)
    b.getState().selectDraft(id)
    a.getState().deleteDraft(id)
    browser.deliver()
    expect(names(b)).toEqual(['Autre'])
    expect(b.getState().current()?.name).toBe('Autre')
    expect(b.status.getState().notice?.text).toMatch(/supprimé dans un autre onglet/)
  })

  it('chaque onglet garde son brouillon ouvert', () => {
    const browser = browserWith()
    const a = openTab(browser)
    const first = a.getState().createDraft({ name: 'Un' })
    a.getState().createDraft({ name: 'Deux' })
    browser.deliver()
    const b = openTab(browser)
    b.getState().selectDraft(first)
    browser.deliver()
    expect(a.getState().current()?.name).toBe('Deux')
    expect(b.getState().current()?.name).toBe('Un')
  })
})

describe('brouillons : données abîmées ou d’une autre version', () => {
  it('met de côté des données illisibles et le dit, sans page blanche', () => {
    const browser = browserWith({ [STORAGE_KEY]: '{pas du json' })
    const store = openTab(browser)
    expect(store.status.getState().hydrated).toBe(true)
    const status = store.status.getState().status
    expect(status.kind).toBe('corrupt')
    const key = status.kind === 'corrupt' ? status.backupKey : null
    expect(key && browser.map.get(key)).toBe('{pas du json')
    expect(browser.map.has(STORAGE_KEY)).toBe(false)
  })

  it('laisse en place des données illisibles qu’il ne peut copier à part, et le dit', () => {
    const big = `{"state": "${'x'.repeat(3_500_000)}`
    const browser = browserWith({ [STORAGE_KEY]: big }, 5_000_000)
    const store = openTab(browser)
    const status = store.status.getState().status
    expect(status).toMatchObject({ kind: 'corrupt', backupKey: null, storedKey: STORAGE_KEY })
    expect(status.kind === 'corrupt' && status.message).toMatch(
      /aucune copie n’a pu être mise de côté\s: les données restent où elles étaient/,
    )
    store.getState().createDraft({ name: 'Nouveau' })
    expect(browser.map.get(STORAGE_KEY)).toBe(big)
  })

  it('un brouillon invalide ne cache pas les autres : il est mis de côté, les autres sont gardés', () => {
    const bad = { ...storedDraft({ id: 'mauvais', name: 'Abîmé' }), choices: [] }
    const browser = browserWith({
      [STORAGE_KEY]: v2Blob([storedDraft({ id: 'a', name: 'A' }), bad, storedDraft({ id: 'c', name: 'C' })], 'mauvais'),
    })
    const store = openTab(browser)
    expect(names(store)).toEqual(['A', 'C'])
    expect(store.getState().current()?.name).toBe('A')
    const status = store.status.getState().status
    expect(status.kind === 'corrupt' && status.message).toMatch(
      /^1 brouillon enregistré est illisible\. Le brouillon «\sAbîmé\s» est illisible \(«\schoices\s»\s: .+\)\..+Vos 2 autres brouillons sont intacts\.$/,
    )
    expect(status.kind === 'corrupt' && status.message).not.toMatch(/Invalid|expected|received/)
    const aside = asideKeys(browser)
    expect(aside).toHaveLength(1)
    expect(browser.map.has(STORAGE_KEY)).toBe(false)
    // The copy set aside reads as a backup (its only draft is still unreadable, and the message says why).
    expect(parseBackup(browser.map.get(aside[0]!)!)).toEqual({
      ok: false,
      message: expect.stringMatching(/^Aucun brouillon de cette sauvegarde n’est lisible\. Le brouillon «\sAbîmé\s»/),
    })
  })

  it('un brouillon enregistré illisible est mis de côté seul', () => {
    const browser = browserWith({
      [`${DRAFT_KEY_PREFIX}a`]: JSON.stringify({ version: 3, draft: storedDraft({ id: 'a', name: 'A' }) }),
      [`${DRAFT_KEY_PREFIX}b`]: '{"version": 3, "draft": [',
    })
    const store = openTab(browser)
    expect(names(store)).toEqual(['A'])
    expect(asideKeys(browser)).toHaveLength(1)
    expect(browser.map.has(`${DRAFT_KEY_PREFIX}b`)).toBe(false)
  })

  it('un identifiant de brouillon courant qui ne mène nulle part ouvre le premier brouillon', () => {
    const browser = browserWith({ [STORAGE_KEY]: v2Blob([storedDraft({ id: 'a', name: 'A' })], 'disparu') })
    expect(openTab(browser).getState().current()?.name).toBe('A')
  })

  it('des identifiants pris à Object (constructor, __proto__) ne cassent rien', () => {
    const browser = browserWith({
      [STORAGE_KEY]: v2Blob(
        [
          storedDraft({ id: 'constructor', name: 'Un' }),
          { ...storedDraft({ name: 'Deux' }), id: '__proto__' },
          storedDraft({ id: 'tostring', name: 'Trois' }),
        ],
        'constructor',
      ),
    })
    const store = openTab(browser)
    expect(names(store)).toEqual(['Un', 'Trois'])
    store.getState().updateChoices((c) => ({ ...c, selected: ['constructor', '__proto__'] }))
    expect(openTab(browser).getState().current()?.choices.selected).toEqual(['constructor', '__proto__'])
  })

  it('refuse d’écraser des données écrites par une version plus récente', () => {
    const newer = JSON.stringify({ version: STORE_VERSION + 1, state: { quelqueChose: true } })
    const browser = browserWith({ [STORAGE_KEY]: newer })
    const store = openTab(browser)
    expect(store.status.getState().status.kind).toBe('newer-version')
    store.getState().createDraft({ name: 'Nouveau' })
    expect(browser.map.get(STORAGE_KEY)).toBe(newer)
    expect(draftKeys(browser)).toEqual([])
    expect(store.isLocked()).toBe(true)
  })

  it('signale un stockage plein sans rien perdre en mémoire', () => {
    const browser = browserWith({}, 0)
    const store = openTab(browser)
    store.getState().createDraft({ name: 'A' })
    expect(store.status.getState().status.kind).toBe('full')
    expect(store.getState().drafts).toHaveLength(1)
  })
})

describe('migrations', () => {
  const v1 = {
    choices: {
      ...emptyChoices(),
      author: { role: 'agent', structure: 'commune', size: '', name: 'Claire', position: '' },
    },
    edits: { overrides: { 'intro.0': { text: 'Mon texte', base: 'abcd1234' } }, order: ['demandes'] },
    step: 'contexte',
    name: 'Ancien brouillon',
    savedAt: '2026-01-05T09:00:00.000Z',
  }

  it('convertit la version 1 (un seul brouillon)', () => {
    const reading = readDraftsData(v1, 1, STORE_VERSION)
    expect(reading.ok && reading.data.currentId).toBe('brouillon-1')
    expect(reading.ok && reading.data.drafts[0]).toMatchObject({
      name: 'Ancien brouillon',
      step: 'contexte',
      revision: 1,
      choices: { author: { name: 'Claire', organisation: '' } },
      edits: { order: ['demandes'], removed: [] },
    })
  })

  it('passe de la version 1 à la version 3 au chargement : une clé par brouillon, l’ancienne retirée', () => {
    const browser = browserWith({ [STORAGE_KEY]: JSON.stringify({ version: 1, state: v1 }) })
    expect(openTab(browser).getState().drafts[0]?.name).toBe('Ancien brouillon')
    expect(draftKeys(browser)).toEqual([`${DRAFT_KEY_PREFIX}brouillon-1`])
    expect(JSON.parse(browser.map.get(`${DRAFT_KEY_PREFIX}brouillon-1`)!).version).toBe(STORE_VERSION)
    expect(browser.map.has(STORAGE_KEY)).toBe(false)
  })

  it('passe de la version 2 à la version 3 sans rien perdre, brouillon ouvert compris', () => {
    const drafts = [storedDraft({ id: 'a', name: 'A' }), storedDraft({ id: 'b', name: 'B', step: 'format' })]
    const legacy = drafts.map(({ revision: _revision, ...d }) => d)
    const browser = browserWith({ [STORAGE_KEY]: v2Blob(legacy, 'b') })
    const store = openTab(browser)
    expect(store.getState().drafts).toEqual(drafts)
    expect(store.getState().current()?.name).toBe('B')
    expect(draftKeys(browser).sort()).toEqual([`${DRAFT_KEY_PREFIX}a`, `${DRAFT_KEY_PREFIX}b`])
  })

  it('une migration interrompue faute de place garde l’ancien enregistrement et se termine plus tard', () => {
    const blob = v2Blob([storedDraft({ id: 'a', name: 'A' }), storedDraft({ id: 'b', name: 'B' })])
    const browser = browserWith({ [STORAGE_KEY]: blob }, blob.length + 800)
    const store = openTab(browser)
    expect(store.status.getState().status.kind).toBe('full')
    expect(browser.map.get(STORAGE_KEY)).toBe(blob)
    browser.limits.quota = Infinity
    expect(names(openTab(browser))).toEqual(['A', 'B'])
    expect(browser.map.has(STORAGE_KEY)).toBe(false)
  })

  it('explique en français pourquoi une version 1 abîmée est refusée', () => {
    expect(readDraftsData({ step: 3 }, 1, STORE_VERSION)).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Le brouillon de la première version de Plaidoyer est illisible.',
    })
  })
})

describe('sauvegarde de tous les brouillons', () => {
  it('fait l’aller-retour sans perte', () => {
    const store = openTab(browserWith())
    store.getState().createDraft({ name: 'A' })
    store.getState().setUnsaved('argument:texte', 'pas encore ajouté')
    const { drafts, currentId } = store.getState()
    const result = parseBackup(serializeBackup({ drafts, currentId }, now()))
    expect(result).toMatchObject({ ok: true, data: { drafts, currentId }, message: '1 brouillon lisible.' })
  })

  it('restaurer ajoute les brouillons sans toucher aux autres', () => {
    const browser = browserWith()
    const store = openTab(browser)
    store.getState().createDraft({ name: 'Déjà là' })
    const backup = parseBackup(
      serializeBackup({ drafts: [storedDraft({ name: 'Restauré' })], currentId: 'd-1' }, now()),
    )
    expect(backup.ok && store.getState().addDrafts(backup.data.drafts)).toBe(1)
    expect(names(openTab(browser)).sort()).toEqual(['Déjà là', 'Restauré'])
  })

  it('refuse un fichier qui n’en est pas une, avec un message clair', () => {
    expect(parseBackup('bonjour')).toEqual({ ok: false, message: expect.stringContaining('pas une sauvegarde') })
    expect(parseBackup('{"format":"autre"}')).toEqual({
      ok: false,
      message: 'Ce fichier n’est pas une sauvegarde de Plaidoyer.',
    })
    const future = JSON.stringify({ format: 'plaidoyer-sauvegarde', version: 99, exportedAt: '', data: {} })
    expect(parseBackup(future)).toEqual({ ok: false, message: expect.stringContaining('version plus récente') })
    expect(parseBackup(JSON.stringify({ format: 'plaidoyer-sauvegarde', version: 2, data: [] }))).toEqual({
      ok: false,
      message: 'Cette sauvegarde est illisible : la liste des brouillons est absente.',
    })
  })

  it('lit une sauvegarde où un brouillon est abîmé, et dit lequel', () => {
    const text = serializeBackup(
      {
        drafts: [
          storedDraft({ name: 'Bon' }),
          { ...storedDraft({ id: 'x', name: 'Mauvais' }), step: 'ailleurs' } as never,
        ],
        currentId: null,
      },
      now(),
    )
    const result = parseBackup(text)
    expect(result.ok && result.data.drafts.map((d) => d.name)).toEqual(['Bon'])
    expect(result.message).toMatch(
      /^1 brouillon lisible\s; 1 brouillon illisible laissé de côté \(Le brouillon «\sMauvais\s» est illisible \(«\sstep\s»\s: .+\)\)\.$/,
    )
  })

  it('renomme un identifiant en double au lieu de refuser la sauvegarde', () => {
    const text = serializeBackup(
      { drafts: [storedDraft({ name: 'Un' }), storedDraft({ name: 'Deux' })], currentId: null },
      now(),
    )
    const result = parseBackup(text)
    expect(result.ok && result.data.drafts.map((d) => d.id)).toEqual(['d-1', 'd-1-2'])
  })
})
