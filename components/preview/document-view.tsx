'use client'

import { useState, type ReactNode } from 'react'

import { Button } from '@/components/ui/button'
import { Heading } from '@/components/ui/heading'
import type { EditedDocument } from '@/lib/document/edits'
import { paragraphText } from '@/lib/document/edits'
import { annexLine, labelsOf, noteLine } from '@/lib/document/labels'
import type { DocBlock, Section } from '@/lib/document/model'
import { PARAGRAPH_MAX_CHARS, overLimitMessage } from '@/lib/store/limits'

import { Inlines } from './inlines'

// Kept importable from here: the renderers' callers know it by this module.
export { Inlines }

export interface EditingHandlers {
  edit: (blockId: string, text: string, generatedText: string) => void
  revert: (blockId: string) => void
  move: (sectionId: string, offset: -1 | 1) => void
  remove: (sectionId: string) => void
  restore: (sectionId: string) => void
  /** The user's current text of an edited paragraph. */
  overrideText: (blockId: string) => string | undefined
  /** The generated text of a paragraph, before any edit. */
  generatedText: (blockId: string) => string
  /**
   * Text typed in a paragraph's editor and not yet confirmed, kept with the draft: after a reload, the editor
   * reopens with it. Given by the caller, so that this view (also the read-only view of /lire) does not carry the
   * drafts store.
   */
  pendingText: (blockId: string) => string | undefined
  setPendingText: (blockId: string, text: string | undefined) => void
}

/** The handlers, and whether each paragraph shows its « Modifier » button (asked for with « Modifier des paragraphes »). */
type ParagraphEditing = EditingHandlers & { buttons: boolean }

function EditableParagraph({
  block,
  editing,
}: {
  block: Extract<DocBlock, { type: 'paragraph' }>
  editing?: ParagraphEditing
}) {
  const pending = editing?.pendingText(block.id)
  const [open, setOpen] = useState(pending !== undefined)
  const [draft, setDraft] = useState(pending ?? '')
  const text = <Inlines nodes={block.children} />
  if (!editing) return <p className="whitespace-pre-line">{text}</p>
  const fieldId = `edition-${block.id}`
  const tooLong = overLimitMessage(draft, PARAGRAPH_MAX_CHARS, 'Ce paragraphe')
  const close = () => {
    editing.setPendingText(block.id, undefined)
    setOpen(false)
  }
  if (open) {
    return (
      <div className="no-print border-brand flex flex-col gap-2 rounded-md border-2 bg-white p-3">
        <label htmlFor={fieldId} className="font-semibold">
          Modifier ce paragraphe
        </label>
        <textarea
          id={fieldId}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value)
            editing.setPendingText(block.id, e.target.value)
          }}
          aria-describedby={tooLong ? `${fieldId}-limite` : undefined}
          aria-invalid={tooLong ? true : undefined}
          className="border-muted min-h-32 rounded border px-3 py-2"
          autoFocus
        />
        <span className="text-muted text-sm">Les renvois aux sources de ce paragraphe sont conservés à sa fin.</span>
        {tooLong && (
          <span id={`${fieldId}-limite`} role="alert" className="text-accent font-semibold">
            {tooLong}
          </span>
        )}
        <div className="flex gap-2">
          <Button
            variant="primary"
            disabled={tooLong !== undefined}
            onClick={() => {
              editing.edit(block.id, draft, editing.generatedText(block.id))
              close()
            }}
          >
            Enregistrer
          </Button>
          <Button variant="quiet" onClick={close}>
            Annuler
          </Button>
        </div>
      </div>
    )
  }
  // Each paragraph of the document gets its button: no wrapper elements around them unless there is
  // something to say (an edit), and the button's full name as an attribute rather than a hidden span.
  const editButton = (
    <button
      type="button"
      aria-label={`Modifier le paragraphe « ${paragraphText(block).slice(0, 60)}… »`}
      className="no-print text-brand rounded px-2 py-0.5 text-sm font-semibold underline"
      onClick={() => {
        setDraft(editing.overrideText(block.id) ?? paragraphText(block))
        setOpen(true)
      }}
    >
      Modifier
    </button>
  )
  if (!block.edited) {
    if (!editing.buttons) return <p className="whitespace-pre-line">{text}</p>
    return (
      <>
        <p className="whitespace-pre-line">{text}</p>
        {editButton}
      </>
    )
  }
  return (
    <>
      <p className="whitespace-pre-line">{text}</p>
      <div className="no-print mt-1 flex flex-wrap items-center gap-2 text-sm">
        <span className="bg-brand-soft text-brand rounded px-2 py-0.5 font-semibold">Modifié par vous</span>
        {block.edited.stale && (
          <span className="bg-warn-soft text-warn rounded px-2 py-0.5 font-semibold">
            Le texte proposé a changé depuis votre modification.
          </span>
        )}
        {editButton}
        <button
          type="button"
          className="text-brand rounded px-2 py-0.5 font-semibold underline"
          onClick={() => editing.revert(block.id)}
        >
          Revenir au texte proposé
        </button>
      </div>
    </>
  )
}

export function Blocks({
  blocks,
  level,
  editing,
  nuanceLead,
}: {
  blocks: readonly DocBlock[]
  level: number
  editing?: ParagraphEditing
  nuanceLead: string
}) {
  return (
    <>
      {blocks.map((block) => {
        switch (block.type) {
          case 'heading':
            return (
              <Heading key={block.id} level={level + block.depth - 3}>
                <Inlines nodes={block.children} />
              </Heading>
            )
          case 'paragraph':
            return <EditableParagraph key={block.id} block={block} editing={editing} />
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul'
            return (
              <List key={block.id} className={block.checklist ? 'checklist' : undefined}>
                {block.items.map((item, i) => (
                  <li key={i}>
                    <Inlines nodes={item} />
                  </li>
                ))}
              </List>
            )
          }
          case 'quote':
            return (
              <figure key={block.id} className="border-brand bg-paper border-l-4 px-4 py-2">
                <blockquote cite={block.url}>
                  {block.paragraphs.map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </blockquote>
                <figcaption className="text-muted mt-1 text-sm">
                  — <a href={block.url}>{block.attribution}</a>
                </figcaption>
              </figure>
            )
          case 'table':
            return (
              <div key={block.id} className="overflow-x-auto">
                <table className="w-full border-collapse text-sm">
                  <caption className="text-muted mb-1 text-left">{block.caption}</caption>
                  <thead>
                    <tr>
                      {block.header.map((h) => (
                        <th key={h} scope="col" className="border-line border-b px-2 py-1 text-left align-bottom">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, c) =>
                          c === 0 ? (
                            <th key={c} scope="row" className="border-line border-b px-2 py-1 text-left align-top">
                              <Inlines nodes={cell} />
                            </th>
                          ) : (
                            <td key={c} className="border-line border-b px-2 py-1 align-top">
                              <Inlines nodes={cell} />
                            </td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          case 'nuance':
            return (
              <aside
                key={block.id}
                className="border-line bg-warn-soft rounded-md border px-4 py-2"
                aria-label={nuanceLead}
              >
                <p className="font-semibold">{nuanceLead}</p>
                <Blocks blocks={block.children} level={level} editing={editing} nuanceLead={nuanceLead} />
              </aside>
            )
        }
      })}
    </>
  )
}

function SectionControls({
  section,
  index,
  count,
  editing,
}: {
  section: Section
  index: number
  count: number
  editing: EditingHandlers
}) {
  return (
    <div className="no-print flex flex-wrap gap-2 text-sm" role="group" aria-label={`Section « ${section.heading} »`}>
      <Button
        variant="quiet"
        className="min-h-9 px-2 py-1"
        aria-label={`Monter la section « ${section.heading} »`}
        onClick={() => editing.move(section.id, -1)}
        disabled={index === 0}
      >
        Monter
      </Button>
      <Button
        variant="quiet"
        className="min-h-9 px-2 py-1"
        aria-label={`Descendre la section « ${section.heading} »`}
        onClick={() => editing.move(section.id, 1)}
        disabled={index === count - 1}
      >
        Descendre
      </Button>
      <Button
        variant="quiet"
        className="min-h-9 px-2 py-1"
        aria-label={`Retirer la section « ${section.heading} »`}
        onClick={() => editing.remove(section.id)}
      >
        Retirer
      </Button>
    </div>
  )
}

const toggleClass =
  'no-print border-line text-ink hover:bg-paper aria-pressed:border-brand aria-pressed:bg-brand-soft min-h-11 rounded-md border bg-white px-4 py-2 text-sm font-semibold'

/** The document as semantic HTML: the accessible version of every export, editable in the wizard. */
export function DocumentView({
  doc,
  headingLevel = 2,
  editing,
  toolbar,
}: {
  doc: EditedDocument
  headingLevel?: 1 | 2
  editing?: EditingHandlers
  toolbar?: ReactNode
}) {
  const slides = doc.format === 'presentation'
  const labels = labelsOf(doc)
  const heading = (section: Section) => (
    <Heading
      level={headingLevel + 1}
      id={`section-${section.id}`}
      className={labels.headingless.includes(section.kind) ? 'sr-only' : 'text-xl'}
    >
      {section.heading}
    </Heading>
  )
  // Moving and removing sections is asked for: three buttons per section, on every section, made the
  // review step the heaviest page of the site, and most documents keep the order they are given. So is each
  // paragraph's « Modifier » button: reviewing is reading first, and a long document has dozens of paragraphs.
  const [organizing, setOrganizing] = useState(false)
  const [rewriting, setRewriting] = useState(false)
  const paragraphEditing = editing && { ...editing, buttons: rewriting }
  return (
    <article
      lang="fr"
      className="document-view prose-doc border-line rounded-md border bg-white p-5 sm:p-8"
      aria-labelledby="titre-document"
    >
      <p className="text-accent text-sm font-semibold tracking-wide uppercase">{labels.formatLabel}</p>
      <Heading level={headingLevel} id="titre-document" className="text-2xl">
        {doc.title}
      </Heading>
      <p className="text-muted text-sm">{labels.signature}</p>
      {toolbar}
      {editing && (
        <>
          <button
            type="button"
            aria-pressed={rewriting}
            onClick={() => setRewriting((o) => !o)}
            className={`${toggleClass} mr-2 mb-2`}
          >
            Modifier des paragraphes
          </button>
          <button
            type="button"
            aria-pressed={organizing}
            onClick={() => setOrganizing((o) => !o)}
            className={toggleClass}
          >
            Déplacer ou retirer des sections
          </button>
          {/* Said when it applies: one element less on the page as it opens. */}
          {rewriting && (
            <p className="no-print text-muted text-sm">
              Choisissez « Modifier » sous un paragraphe pour le réécrire ; vos modifications sont enregistrées et
              survivent aux changements faits dans les autres étapes.
            </p>
          )}
        </>
      )}
      {doc.letterhead && (
        <div className="grid gap-4 sm:grid-cols-2">
          <p className="whitespace-pre-line">{doc.letterhead.sender.join('\n')}</p>
          <p className="whitespace-pre-line sm:text-right">
            {[...doc.letterhead.recipient, '', doc.letterhead.placeDate].join('\n')}
          </p>
          <p className="font-semibold sm:col-span-2">{doc.letterhead.subject}</p>
        </div>
      )}
      {doc.sections.map((section, i) => (
        <section
          key={section.id}
          aria-labelledby={`section-${section.id}`}
          className={
            slides
              ? 'slide border-brand my-6 flex aspect-video flex-col justify-center rounded-md border-2 p-6'
              : 'mt-6'
          }
        >
          {editing && organizing ? (
            <div className="flex flex-wrap items-start justify-between gap-2">
              {heading(section)}
              <SectionControls section={section} index={i} count={doc.sections.length} editing={editing} />
            </div>
          ) : (
            heading(section)
          )}
          <Blocks
            blocks={section.blocks}
            level={headingLevel + 2}
            editing={paragraphEditing}
            nuanceLead={labels.nuanceLead}
          />
        </section>
      ))}
      {editing && doc.removedSections.length > 0 && (
        <div className="no-print border-muted mt-6 rounded-md border border-dashed p-4">
          <p className="font-semibold">Sections retirées</p>
          <ul className="mt-2 flex flex-col gap-2">
            {doc.removedSections.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-2">
                {s.heading}
                <Button variant="quiet" onClick={() => editing.restore(s.id)}>
                  Rétablir<span className="sr-only"> « {s.heading} »</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {doc.notes.length > 0 && (
        <section aria-labelledby="notes-document" className="border-line mt-8 border-t pt-4 text-sm">
          <Heading level={headingLevel + 1} id="notes-document" className="text-lg">
            {labels.notesHeading}
          </Heading>
          <ol>
            {doc.notes.map((note) => (
              <li key={note.n} id={`note-${note.n}`}>
                {noteLine(note, labels)}
                <a href={note.url}>{labels.officialLink}</a>
              </li>
            ))}
          </ol>
        </section>
      )}
      {doc.annex.length > 0 && (
        <section aria-labelledby="sources-document" className="mt-6 text-sm">
          <Heading level={headingLevel + 1} id="sources-document" className="text-lg">
            {labels.sourcesHeading}
          </Heading>
          <ul>
            {doc.annex.map((entry) => (
              <li key={entry.sourceId}>
                <strong>{entry.shortName}</strong>
                {annexLine(entry, labels)}
                <a href={entry.url} className="break-all">
                  {entry.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
