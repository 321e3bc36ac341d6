// Sigma 3.0.3 uploads every program's whole vertex array on every render (`bindProgram` calls
// `gl.bufferData`), once for the picking pass and once for the display pass: at 500k edges that
// is tens of ms of main-thread work per frame, even when only item states (hover, focus,
// filters) or the camera changed. Sigma only writes the arrays in `process` (one item, at an
// offset) and `reallocate` (a new array), so this subclass notes those writes per WebGL buffer
// and sends each buffer what changed since its last upload: nothing, a few items
// (`bufferSubData`), or the whole array. tests/browser/uploads.test.ts fails if sigma's render
// path stops going through these methods.

interface ProgramInfoLike {
  gl: WebGLRenderingContext | WebGL2RenderingContext;
  buffer: WebGLBuffer;
}
interface UploadingProgramLike {
  array: Float32Array;
  /** Floats per item. */
  STRIDE: number;
  process(index: number, offset: number, ...data: unknown[]): void;
  reallocate(capacity: number): void;
  bindProgram(program: ProgramInfoLike): void;
}
type ProgramClassLike = new (...args: never[]) => UploadingProgramLike;

/** Past this many changed items, a buffer gets the whole array again: one call beats many. */
const MAX_PARTIAL_ITEMS = 4096;
/** Changed items with at most this many unchanged ones between them are sent as one range. */
const RANGE_GAP_ITEMS = 32;

/** What one WebGL buffer (picking or display) lacks: everything, or the items at these offsets. */
interface BufferDebt {
  isWhole: boolean;
  offsets: number[];
}

/** Sorted, merged ranges [first, last] of item offsets. */
export function itemRanges(offsets: readonly number[], gap = RANGE_GAP_ITEMS): [number, number][] {
  const sorted = [...offsets].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const offset of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && offset - last[1] <= gap + 1) last[1] = Math.max(last[1], offset);
    else ranges.push([offset, offset]);
  }
  return ranges;
}

function checkProgramClass(BaseClass: ProgramClassLike): void {
  for (const method of ["process", "reallocate", "bindProgram"] as const) {
    if (typeof BaseClass.prototype[method] !== "function") {
      throw new Error(
        `upload-on-change: sigma's programs have no ${method}(); update this module.`,
      );
    }
  }
}

/** Binds as sigma does, without sending the whole array again. */
function bindWithoutUpload(bind: () => void, program: ProgramInfoLike): void {
  const gl = program.gl as { bufferData?: unknown };
  gl.bufferData = () => {};
  try {
    bind();
  } finally {
    delete gl.bufferData;
  }
}

/** A subclass of a sigma program class that uploads only what changed in its vertex array. */
export function uploadingOnChange<T>(Base: T): T {
  const BaseClass = Base as unknown as ProgramClassLike;
  checkProgramClass(BaseClass);
  class UploadOnChangeProgram extends BaseClass {
    private readonly debts = new Map<ProgramInfoLike, BufferDebt>();

    override process(index: number, offset: number, ...data: unknown[]): void {
      super.process(index, offset, ...data);
      for (const debt of this.debts.values()) {
        if (debt.isWhole) continue;
        debt.offsets.push(offset);
        if (debt.offsets.length > MAX_PARTIAL_ITEMS) this.owesWhole(debt);
      }
    }

    override reallocate(capacity: number): void {
      super.reallocate(capacity);
      for (const debt of this.debts.values()) this.owesWhole(debt);
    }

    override bindProgram(program: ProgramInfoLike): void {
      const debt = this.debts.get(program);
      if (!debt || debt.isWhole) {
        super.bindProgram(program);
        this.debts.set(program, { isWhole: false, offsets: [] });
        return;
      }
      bindWithoutUpload(() => super.bindProgram(program), program);
      if (debt.offsets.length > 0) this.uploadItems(program, debt.offsets);
      debt.offsets = [];
    }

    private owesWhole(debt: BufferDebt): void {
      debt.isWhole = true;
      debt.offsets = [];
    }

    private uploadItems(program: ProgramInfoLike, offsets: readonly number[]): void {
      const { gl, buffer } = program;
      const stride = this.STRIDE;
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      for (const [first, last] of itemRanges(offsets)) {
        const floats = this.array.subarray(first * stride, (last + 1) * stride);
        gl.bufferSubData(gl.ARRAY_BUFFER, first * stride * Float32Array.BYTES_PER_ELEMENT, floats);
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }
  }
  return UploadOnChangeProgram as unknown as T;
}
