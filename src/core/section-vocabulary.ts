import type { SectionKind } from './types';

/**
 * The names people give plan sections, per kind, in the languages plans are written in:
 * English, Chinese (simplified and traditional), Japanese, Korean, German, French, Spanish and
 * Portuguese. Names are lower-case and NFC; a heading names a section when it starts with one
 * of them (see sections.ts for the matching rules). Longer names win over shorter ones, so
 * "journal des décisions" is a decision log although "journal" alone is a progress log.
 *
 * The order of the kinds breaks ties between names of the same length and is the order in
 * which the more specific kinds are tried.
 */
// Names per kind as one `|`-separated string each, a line per language group: an array of
// strings costs quotes and a comma per name in the bundle (as status.ts keeps its words).
export const SECTION_VOCABULARY: readonly (readonly [Exclude<SectionKind, 'other'>, readonly string[]])[] = (
  [
    ['handoff',
      'handoff|hand-off|hand off|handover|hand-over|hand over|handoffs|handovers'
      + '|交接|移交|引き継ぎ|引継ぎ|引継|인수인계|인계'
      + '|übergabe|passation|transmission|traspaso|relevo|passagem|transferência'],
    ['decisions',
      'decision|decisions|decision log|decision record|decision records|decisions log'
      + '|adr|adrs'
      + '|决策|决策日志|决策记录|決策|決策日誌|決策記錄|決定|决定|決定ログ|決定事項'
      + '|決定記録|意思決定|意思決定ログ|의사결정|결정|결정 로그|결정 사항|결정사항'
      + '|entscheidungen|entscheidung|entscheidungsprotokoll|entscheidungslog|entscheidungslogbuch'
      + '|décisions|décision|journal des décisions|registre des décisions'
      + '|decisiones|decisión|registro de decisiones|bitácora de decisiones'
      + '|decisões|decisão|registro de decisões|registo de decisões'],
    ['surprises',
      'surprise|surprises|discovery|discoveries|surprises and discoveries'
      + '|意外|意外与发现|意外與發現|发现|發現|惊喜|驚喜|驚きと発見|驚き|発見|想定外'
      + '|놀라움|놀라움과 발견|발견|뜻밖의 발견'
      + '|überraschungen|überraschung|entdeckungen|erkenntnisse'
      + '|surprises et découvertes|découvertes|découverte'
      + '|sorpresas|sorpresa|descubrimientos|hallazgos'
      + '|surpresas|surpresa|descobertas'],
    ['retrospective',
      'retrospective|retro|outcome|outcomes|outcomes and retrospective|lessons learned'
      + '|lessons learnt|lessons'
      + '|结果|結果|复盘|復盤|回顾|回顧|总结|總結|成果|振り返り|ふりかえり|成果と振り返り'
      + '|결과|회고|결과 및 회고|교훈'
      + '|ergebnisse|ergebnis|rückblick|retrospektive'
      + '|résultats|résultat|rétrospective|bilan|leçons apprises'
      + '|resultados|resultado|retrospectiva|lecciones aprendidas|lições aprendidas'],
    ['validation',
      'validation|acceptance|verification|validation and acceptance|acceptance criteria'
      + '|验证|驗證|验收|驗收|検証|受け入れ|受入|검증|인수 기준'
      + '|validierung|abnahme|überprüfung|akzeptanzkriterien'
      + "|vérification|critères d’acceptation|critères d'acceptation"
      + '|validación|verificación|criterios de aceptación'
      + '|validação|verificação|critérios de aceitação'],
    ['progress',
      'progress|running log|progress log|status log|log|journal|work log|worklog'
      + '|进度|進度|进展|進展|进度日志|工作日志|工作日誌|進捗|進捗状況|作業ログ|経過'
      + '|진행|진행 상황|진행상황|진척|진행 로그|작업 로그'
      + '|fortschritt|fortschritte|verlauf|arbeitsprotokoll'
      + '|progrès|avancement|progression|suivi|journal de bord'
      + '|progreso|avance|avances|bitácora'
      + '|progresso|andamento|registro de progresso'],
    ['concrete-steps',
      'concrete steps|steps|milestones|tasks|work breakdown|todo|todos|to do|to-do|to-dos'
      + '|checklist|task list|action items'
      + '|具体步骤|具體步驟|步骤|步驟|任务|任務|里程碑|待办|待辦|清单|清單'
      + '|具体的な手順|手順|ステップ|タスク|マイルストーン|チェックリスト'
      + '|구체적 단계|구체적인 단계|단계|작업|할 일|마일스톤|체크리스트'
      + '|konkrete schritte|schritte|aufgaben|meilensteine|checkliste'
      + '|étapes concrètes|étapes|tâches|jalons|liste de contrôle'
      + '|pasos concretos|pasos|tareas|hitos|lista de verificación'
      + '|passos concretos|passos|etapas|tarefas|marcos'],
    ['plan-of-work',
      'plan of work|plan|work plan|implementation plan|approach'
      + '|工作计划|工作計劃|工作計畫|计划|計劃|計畫|实施计划|實施計劃|方案|作業計画|計画'
      + '|実装計画|작업 계획|계획|구현 계획'
      + '|arbeitsplan|vorgehen|umsetzungsplan'
      + "|plan de travail|démarche|plan d'action"
      + '|plan de trabajo|enfoque|plan de implementación'
      + '|plano de trabalho|plano|abordagem|plano de implementação'],
    ['purpose',
      'purpose|big picture|goal|goals|objective|objectives|why'
      + '|目的|目标|目標|宗旨|意图|全体像|ゴール|목적|목표|큰 그림'
      + '|zweck|ziel|ziele|zielsetzung'
      + "|objectif|objectifs|but|finalité|vue d’ensemble|vue d'ensemble"
      + '|propósito|objetivo|objetivos|finalidad'],
    ['context',
      'context|orientation|background'
      + '|背景|上下文|语境|脈絡|コンテキスト|前提|배경|맥락|컨텍스트'
      + '|kontext|hintergrund|contexte|contexto|antecedentes'],
    ['risks',
      'risk|risks|risks and mitigations'
      + '|风险|風險|リスク|위험|리스크|risiken|risiko|risques|riesgos|riscos'],
  ] satisfies [Exclude<SectionKind, 'other'>, string][]
).map(([kind, names]) => [kind, names.split('|')]);
