import type { StepId } from '@/lib/store/draft-schema'

/*
 * Each step's code after the first, loaded when the step is shown. Kept apart from the wizard so that the composer's
 * page can start fetching the step a link opens (?etape=…) along with the wizard, without carrying any of it.
 * The service worker's precache follows these chunks from the wizard's (lib/offline/precache-plan.ts).
 */
export const stepLoaders = {
  destinataire: () => import('./steps/step-destinataire'),
  objectifs: () => import('./steps/step-objectifs'),
  arguments: () => import('./steps/step-arguments'),
  contexte: () => import('./steps/step-contexte'),
  format: () => import('./steps/step-format'),
  relecture: () => import('./steps/step-relecture'),
} satisfies Record<Exclude<StepId, 'vous'>, () => Promise<unknown>>

/** The step `value` names, when it is one whose code is loaded on demand. */
export function lazyStep(value: string | null): keyof typeof stepLoaders | undefined {
  return value !== null && Object.hasOwn(stepLoaders, value) ? (value as keyof typeof stepLoaders) : undefined
}
