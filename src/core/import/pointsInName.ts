/**
 * Points written inside a name, as offices do: "安全生产（10分）", "辖区上门摸排（0.4分）",
 * "依托防控体系检查部局布控重点车辆情况（-0.5分）" (DESIGN.md input formats; jiaojing and
 * changshu corpus files). The name is kept without a plain "(X分)" suffix; a suffix that says
 * more ("（12分，7分奖分）") gives its first number as points and stays in the name.
 */
import { halfWidth } from './cells';

const SUFFIX = /[（(]\s*([+-]?\d+(?:\.\d+)?)\s*分\s*([^（）()]*?)\s*[）)]\s*$/;

/** The name without its points suffix, and the points the suffix gives. */
export function pointsInName(name: string): { name: string; points?: number } {
  const last = name.charCodeAt(name.length - 1);
  if (last !== 0xff09 && last !== 0x29) return { name }; // ends with neither ） nor )
  const m = SUFFIX.exec(halfWidth(name));
  if (!m) return { name };
  const points = Number(m[1]);
  if (!Number.isFinite(points)) return { name };
  if (m[2] !== '') return { name, points };
  const rest = name.slice(0, m.index).trim();
  return rest === '' ? { name, points } : { name: rest, points };
}
