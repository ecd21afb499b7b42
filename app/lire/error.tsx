'use client'

import { ErrorScreen } from '@/components/ui/error-screen'

/** This route's own boundary: the site's header and navigation stay usable around the message. */
export default function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorScreen reset={reset} />
}
