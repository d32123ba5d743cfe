import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

/**
 * A textarea as wide as its container that grows with what is written in it (up to a cap, then
 * it scrolls), so a paragraph of commentary is read whole instead of through a two-line slot.
 * Measured in script, not with CSS field-sizing, which not every browser of browser mode has.
 */
export function GrowingTextarea({ value, className, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || el.offsetParent === null) return; // hidden: measured when it shows and is typed in
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [value]);
  return <textarea ref={box} className={['growing', className].filter(Boolean).join(' ')} value={value} {...rest} />;
}
