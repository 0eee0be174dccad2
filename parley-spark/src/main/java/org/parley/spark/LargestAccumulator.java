package org.parley.spark;

import org.apache.spark.util.AccumulatorV2;

/** The largest value any task added: the biggest merge group, reported at the end of a run. */
final class LargestAccumulator extends AccumulatorV2<Long, Long> {

    private long largest;

    @Override
    public boolean isZero() {
        return largest == 0;
    }

    @Override
    public AccumulatorV2<Long, Long> copy() {
        LargestAccumulator copy = new LargestAccumulator();
        copy.largest = largest;
        return copy;
    }

    @Override
    public void reset() {
        largest = 0;
    }

    @Override
    public void add(Long v) {
        largest = Math.max(largest, v);
    }

    @Override
    public void merge(AccumulatorV2<Long, Long> other) {
        add(other.value());
    }

    @Override
    public Long value() {
        return largest;
    }
}
