/** Averaged multiclass perceptron weights with lazy averaging (Collins 2002; Daumé's trick). */
import { NUM_LABELS } from './features.js';

export class AveragedPerceptron {
  weights: Float64Array = new Float64Array(0);
  private totals: Float64Array = new Float64Array(0);
  private stamps: Float64Array = new Float64Array(0);
  /** Number of training instances seen so far. */
  instances = 0;

  /** Makes room for `features` features. */
  ensure(features: number): void {
    const need = features * NUM_LABELS;
    if (need <= this.weights.length) return;
    const size = Math.max(need, this.weights.length * 2, 1024 * NUM_LABELS);
    const grow = (a: Float64Array): Float64Array => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.weights = grow(this.weights);
    this.totals = grow(this.totals);
    this.stamps = grow(this.stamps);
  }

  private bump(index: number, delta: number): void {
    this.totals[index] = (this.totals[index] as number) + (this.instances - (this.stamps[index] as number)) * (this.weights[index] as number);
    this.stamps[index] = this.instances;
    this.weights[index] = (this.weights[index] as number) + delta;
  }

  /** Moves the weights of `ids` towards `truth` and away from `guess`. */
  update(ids: ArrayLike<number>, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let k = 0; k < ids.length; k++) {
      const f = ids[k] as number;
      if (f < 0) continue;
      this.bump(f * NUM_LABELS + truth, 1);
      this.bump(f * NUM_LABELS + guess, -1);
    }
  }

  /** The averaged weights for `features` features. */
  averaged(features: number): Float64Array {
    const n = features * NUM_LABELS;
    const out = new Float64Array(n);
    const t = Math.max(1, this.instances);
    for (let i = 0; i < n; i++) {
      const total = (this.totals[i] as number) + (this.instances - (this.stamps[i] as number)) * (this.weights[i] as number);
      out[i] = total / t;
    }
    return out;
  }
}
