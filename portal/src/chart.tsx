import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

/** A uPlot chart that follows its container's width; `summary` is the text a screen reader gets instead. */
export function Chart(props: {
  title: string;
  summary: string;
  data: uPlot.AlignedData;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(element.clientWidth, 280);
    const height = props.height ?? 220;
    const plot = new uPlot({ ...props.options, width: width(), height }, props.data, element);
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [props.data, props.options, props.height]);
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <div ref={box} role="img" aria-label={`${props.title}: ${props.summary}`} />
      <p className="chart-summary">{props.summary}</p>
    </figure>
  );
}

/** Bars for uPlot's paths option (daily totals). */
export const bars = uPlot.paths.bars!({ size: [0.6, 60] });
export const stepped = uPlot.paths.stepped!({ align: 1 });
