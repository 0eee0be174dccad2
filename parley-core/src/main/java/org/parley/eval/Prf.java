package org.parley.eval;

/** Precision, recall and F1, computed as score.py's {@code prf} does, empty cases included. */
public record Prf(double precision, double recall, double f1) {

    public static Prf of(int truePositives, int predicted, int gold) {
        // no predictions is perfect precision only when there was nothing to find
        double p = predicted != 0 ? (double) truePositives / predicted : (gold == 0 ? 1.0 : 0.0);
        double r = gold != 0 ? (double) truePositives / gold : 1.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f);
    }
}
