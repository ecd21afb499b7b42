'use client'

import { createContext, useContext, useState, type ReactNode } from 'react'

/** What an export says while and after it works. */
export type ExportNotice =
  { kind: 'working' | 'done'; text: string; warnings?: readonly string[] } | { kind: 'error'; text: string }

type Report = (notice: ExportNotice) => void

const SharedNotice = createContext<Report | null>(null)

/**
 * One status line for a group of export buttons, rather than an empty live region under each: the review step's
 * toolbar held five of them, each kept in the page (a live region must be there before it speaks).
 */
export function ExportStatusGroup({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<ExportNotice | undefined>()
  return (
    <SharedNotice value={setNotice}>
      {children}
      <ExportNoticeLine notice={notice} />
    </SharedNotice>
  )
}

export function ExportNoticeLine({ notice }: { notice: ExportNotice | undefined }) {
  return (
    <>
      <p role="status" className="text-sm">
        {notice?.kind !== 'error' && notice?.text}
      </p>
      {notice?.kind === 'done' && notice.warnings && notice.warnings.length > 0 && (
        <ul className="border-warn bg-warn-soft rounded-md border p-3 text-sm">
          {notice.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {notice?.kind === 'error' && (
        <p role="alert" className="border-accent bg-accent-soft rounded-md border-2 p-3 font-semibold">
          {notice.text}
        </p>
      )}
    </>
  )
}

/**
 * Where an export button reports: the group's line when it is in an `ExportStatusGroup`, or else its own `notice`,
 * which the button shows with `ExportNoticeLine` under itself.
 */
export function useExportNotice(): { report: Report; grouped: boolean; notice: ExportNotice | undefined } {
  const shared = useContext(SharedNotice)
  const [own, setOwn] = useState<ExportNotice | undefined>()
  return shared ? { report: shared, grouped: true, notice: undefined } : { report: setOwn, grouped: false, notice: own }
}
