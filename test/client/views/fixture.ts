// A small folder overview as the server answers it: two articles reporting
// one press conference of جيمس جيفري (as seeds 000 and 001 do), an undated
// claim, and US troops in Iraq given as 5200 then 2500 and 3000. The
// sentences are written for the tests.
import type { OverviewClaim, TimelinePoint, WireRange, WorkspaceOverview } from '../../../server/src/lsp/protocol.js';
import { dayNumber } from '../../../client/src/views/time-scale.js';
import type { Dated } from '../../../client/src/views/timeline-filter.js';

export const A = 'file:///news/000_a.txt';
export const B = 'file:///news/001_b.txt';

export const range = (line: number, from = 0, to = from + 10): WireRange => ({ start: { line, character: from }, end: { line, character: to } });

export const claim = (uri: string, line: number, text: string, date: string | null = '2020-01-23'): OverviewClaim =>
  ({ uri, range: range(line), text, kind: 'indirect', date, byWeekday: false });

export function point(speaker: string, date: string, text = 'قال المبعوث إن الانسحاب ليس مطروحا', uri = A, line = 1): TimelinePoint {
  return { speaker, speakerName: speaker, date, uri, range: range(line), text, event: `${speaker}@${date}` };
}

/** Points with a real date, as the timeline's filter hands them to the layout. */
export const dated = (points: readonly TimelinePoint[]): Dated[] =>
  points.flatMap((point) => {
    const day = dayNumber(point.date);
    return day === null ? [] : [{ point, day }];
  });

export function overview(): WorkspaceOverview {
  const conference = [
    claim(A, 3, 'أكد جيفري أن الولايات المتحدة لن تسحب قواتها من العراق في الوقت الحالي'),
    claim(B, 7, 'قال جيفري خلال مؤتمر صحفي إن المهمة مستمرة'),
  ];
  return {
    articles: [
      { uri: A, name: '000_a.txt', outlet: null, published: null, title: 'جيفري: التحالف مستمر', unsourced: [] },
      {
        uri: B, name: '001_b.txt', outlet: 'عنب بلدي', published: '2020-01-24', title: '"5200" جندي في العراق، يقول المبعوث',
        unsourced: [
          { range: range(25), text: '5200 جندي', sentence: 'يوجد في العراق 5200 جندي أمريكي منذ نهاية العام' },
          { range: range(31), text: '12 قاعدة', sentence: 'وتنتشر القوات في 12 قاعدة' },
        ],
      },
    ],
    speakers: [{
      key: 'k-jeffrey', name: 'جيمس جيفري', type: 'person', role: 'المبعوث الأمريكي الخاص بشأن سوريا', aliases: ['جيمس جيفري', 'جيفري'],
      articles: [A, B],
      merges: [{ a: { uri: A, name: 'جيمس جيفري', range: range(3) }, b: { uri: B, name: 'جيمس جيفري', range: range(7) }, reason: 'same-name', why: 'the same name' }],
      events: [{ key: 'ev1', day: '2020-01-23', venue: 'مؤتمر صحفي', articles: [A, B], claims: conference }],
      undated: [claim(B, 12, 'وأضاف أن الحوار مع بغداد مستمر', null)],
    }, {
      key: 'k-ministry', name: 'وزارة الدفاع الأمريكية', type: 'organization', role: null, aliases: [], articles: [B], merges: [],
      events: [], undated: [claim(B, 20, 'قالت الوزارة إن عدد الجنود 3000', null)],
    }],
    quantities: [{
      key: 'q1', label: 'جندي · الولايات المتحدة · العراق', unit: 'جندي', actor: 'الولايات المتحدة', place: 'العراق', articles: 2,
      values: [
        { uri: B, range: range(25), value: 5200, text: 'يوجد في العراق 5200 جندي أمريكي', date: '2020-01-24', dateFrom: 'article', outlet: 'عنب بلدي', source: null, review: null },
        { uri: A, range: range(9), value: 2500, text: 'ينتشر 2500 جندي أمريكي في العراق', date: '2024-01-20', dateFrom: 'claim', outlet: null, source: 'البنتاغون', review: null },
        { uri: B, range: range(30), value: 3000, text: 'قالت الوزارة إن عدد الجنود 3000', date: '2024-02-10', dateFrom: 'claim', outlet: 'عنب بلدي', source: 'وزارة الدفاع الأمريكية', review: null },
      ],
      conflicts: [[1, 2]],
      changes: [[0, 1]],
    }],
    timeline: conference.map((c) => ({ speaker: 'k-jeffrey', speakerName: 'جيمس جيفري', date: '2020-01-23', uri: c.uri, range: c.range, text: c.text, event: 'ev1' })),
  };
}
