import { useEffect, useState } from 'react';

import {
  loadPackCoaching,
  noPackCoaching,
  watchPackCoaching,
  type PackCoaching,
} from '@/lib/coaching/pack-coaching';

/** The coaching parts of the pack in force, kept current when the pack changes. */
export function usePackCoaching(): PackCoaching {
  const [coaching, setCoaching] = useState(noPackCoaching);

  useEffect(() => {
    void loadPackCoaching().then(setCoaching);
    return watchPackCoaching(setCoaching);
  }, []);

  return coaching;
}
