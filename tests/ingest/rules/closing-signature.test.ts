import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closingSignature } from '../../../src/ingest/rules/closing-signature.ts';
import { tokenState } from '../../helpers/page-state.ts';
import type { PageState } from '../../../src/ingest/page-state.ts';
import { isSignedAtEnd } from '../../../src/ingest/rules/paragraph.ts';

const heading = (text: string, line: number) => ({ kind: 'heading' as const, text, startLine: line, endLine: line });
const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, dateline: null, startLine: line, endLine: line });

/** A commentary open on the page, without a byline, its last paragraph as given. */
function commentary(state: PageState, last = '相关部门应建立长效管护机制。'): PageState {
  state.open(['让口袋公园装满民生温度'], { startLine: 1, endLine: 1 });
  state.addBlock({ type: 'paragraph', text: last, startLine: 3, endLine: 3 });
  return state;
}

test("closing-signature takes a name alone under a complete paragraph, a heading following, as the commentary's signature and records the choice", () => {
  const state = commentary(tokenState('', [heading('易 文', 5), heading('株洲观察', 7), heading('最多跑一次还要再提速', 8)]));
  assert.equal(closingSignature(state), true);
  assert.deepEqual(
    state.current?.closingCredits.map((c) => [c.text, c.credits.map((x) => x.name)]),
    [['易 文', ['易文']]],
  );
  assert.equal(isSignedAtEnd(state.current!), true);
  assert.equal(state.tokenPos, 1);
  assert.deepEqual(state.decisions, [
    {
      rule: 'closing-signature',
      chose: 'the signature closing the story',
      over: 'subhead',
      evidence: 'a name alone; the paragraph before is complete; the story has no byline; a heading follows',
      startLine: 5,
      endLine: 5,
    },
  ]);
});

test("closing-signature takes a name on the page's last line", () => {
  const state = commentary(tokenState('', [heading('刘晓东', 9)]));
  assert.equal(closingSignature(state), true);
  assert.deepEqual(
    state.current?.closingCredits.map((c) => c.text),
    ['刘晓东'],
  );
});

test('closing-signature leaves a short line the story goes on under, one under a cut-off paragraph, one in a bylined story, and a longer heading', () => {
  const goesOn = commentary(tokenState('', [heading('建管并重', 5), paragraph('公园建成只是第一步。', 6)]));
  const cutOff = commentary(tokenState('', [heading('易 文', 5)]), '相关部门应建立');
  const bylined = commentary(tokenState('', [heading('易 文', 5)]));
  bylined.takeByline(bylined.current!, '记者/何春林', [{ role: 'reporter', name: '何春林' }], false);
  const long = commentary(tokenState('', [heading('城市更新的温度在细节', 5)]));
  for (const state of [goesOn, cutOff, bylined, long]) {
    assert.equal(closingSignature(state), false);
    assert.deepEqual([state.current?.closingCredits, state.tokenPos, state.decisions], [[], 0, []]);
  }
});

test("closing-signature takes the author's unit on a line of its own under the name with the signature; other words under it keep the name a heading", () => {
  const state = commentary(tokenState('', [heading('汪 平', 5), paragraph('(作者单位:株洲市社会科学院)', 7), heading('下一篇的标题', 9)]));
  assert.equal(closingSignature(state), true);
  assert.deepEqual(
    state.current?.closingCredits.map((c) => [c.text, c.credits.map((x) => x.name), c.startLine, c.endLine]),
    [['汪 平 (作者单位:株洲市社会科学院)', ['汪平'], 5, 7]],
  );
  assert.deepEqual([state.tokenPos, state.current?.source.endLine, state.decisions[0]?.evidence, state.decisions[0]?.endLine], [2, 7, "a name alone, the author's unit under it; the paragraph before is complete; the story has no byline; a heading follows", 7]);

  const prose = commentary(tokenState('', [heading('汪 平', 5), paragraph('(记者从市社科院获悉)', 7)]));
  assert.equal(closingSignature(prose), false, "a bracket that is no author's unit: the story may go on");
});

test("closing-signature takes another's name under a story signed at its head, past a subhead, as the signature of a second piece", () => {
  const signedAtHead = (reporter: string) => {
    const state = tokenState('', [heading('周子瑜', 9), heading('“年轻人回不回县城”大家谈', 11)]);
    const draft = state.open(['给“夜经济”多一点包容和耐心'], { startLine: 1, endLine: 1 });
    state.takeByline(draft, `□ ${reporter}`, [{ role: 'reporter', name: reporter }], false);
    state.addBlock({ type: 'paragraph', text: '夜市要管,也要给它留出空间。', startLine: 3, endLine: 3 });
    state.addBlock({ type: 'subhead', text: '让老人跨过“数字鸿沟”', startLine: 5, endLine: 5 });
    state.addBlock({ type: 'paragraph', text: '数字化不能把一部分人落下。', startLine: 7, endLine: 7 });
    return state;
  };
  const state = signedAtHead('许可');
  assert.equal(closingSignature(state), true);
  assert.deepEqual(
    state.current?.closingCredits.map((c) => c.credits.map((x) => x.name)),
    [['周子瑜']],
  );
  assert.match(state.decisions[0]?.evidence ?? '', /the story's byline names someone else/u);
  assert.equal(closingSignature(signedAtHead('周子瑜')), false, "the head signature's own name again is no second piece");
  const noSubhead = commentary(tokenState('', [heading('周子瑜', 5), heading('下一篇的标题', 7)]));
  noSubhead.takeByline(noSubhead.current!, '□ 许可', [{ role: 'reporter', name: '许可' }], false);
  assert.equal(closingSignature(noSubhead), false, 'no subhead: no second piece could have started');
  const sibling = signedAtHead('许可');
  sibling.addBlock({ type: 'subhead', text: '夜市管理', startLine: 8, endLine: 8 });
  sibling.addBlock({ type: 'paragraph', text: '管理要有温度。', startLine: 8, endLine: 8 });
  sibling.tokens = [heading('摊位规范', 9), heading('“年轻人回不回县城”大家谈', 11)];
  assert.equal(closingSignature(sibling), false, "a short line as long as the story's subheads is their sibling, no name");
  const cutBelow = signedAtHead('许可');
  cutBelow.tokens = [heading('周子瑜', 9), heading('记者了解到,这次活动', 11)];
  assert.equal(closingSignature(cutBelow), false, 'a cut paragraph under it cannot open the next piece');
});
