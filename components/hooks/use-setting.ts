import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage setting as React state: undefined while loading, then live. */
export function useSetting<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T>();

  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => setValue(next));
  }, [item]);

  const update = (next: T) => {
    setValue(next);
    void item.setValue(next);
  };

  return [value, update];
}
