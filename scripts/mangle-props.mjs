// Property names esbuild renames in the production main.js (esbuild.config.mjs `mangleProps`): our
// own fields, methods and option keys, which nothing outside the bundle reads, so each may become
// one or two letters. Every name here is proven ours by scripts/check-mangle-props.mjs (run by
// test/release/mangle-props.test.ts): not an Obsidian, DOM or library name, never a key read or
// written at run time (strings, Object.keys, JSON, data.json), never handed to outside code.
// `node scripts/check-mangle-props.mjs --suggest` lists further names that pass.
export const MANGLED_PROPS = [
  'activityText', 'addField', 'addList', 'addSection', 'afterColon', 'appendEntry', 'axisKey',
  'blankAfterHeading', 'blankBefore', 'blankBeforeHeading', 'bodyEnd', 'bodyStart', 'bom',
  'building', 'builds', 'bump', 'cancelLabel', 'canDropOn', 'cardBuilds', 'cardColumns',
  'cardElement', 'cardFor', 'changeTo', 'checkChar', 'checkOffset', 'chipEls', 'chunkSize',
  'clearFilter', 'collect', 'collectActivity', 'colonEnd', 'colOnLine', 'columnDom', 'columnOf',
  'completeNextStep', 'concreteSteps', 'confirmLabel', 'contentCol', 'contentVisual',
  'countEntries', 'createMissingSection', 'currentLayout', 'delayMs', 'delimiter', 'deps',
  'displayDetection', 'displayFiles', 'displayLogging', 'displayStatuses', 'displayTimestamps',
  'doneChar', 'dragPath', 'draw', 'drawnReady', 'draws', 'edgeCard', 'elementOf', 'emptyEl',
  'emptyMessage', 'endDrag', 'endWithEol', 'fieldBullet', 'fieldMarker', 'fieldsAsParagraphs',
  'fileAt', 'fileName', 'filterInput', 'filterText', 'firstLine', 'folderKey', 'folderSelect',
  'folderSetting', 'freshName', 'generation', 'groupCache', 'groupCacheFor', 'groupDom',
  'groupLabel', 'groupOf', 'hatchFrom', 'headCells', 'inner', 'innerMarker', 'isNear', 'keyEnd',
  'keyLength', 'lastActivity', 'lastEnd', 'lastRow', 'lastStepLine', 'latestMs', 'layoutButtons',
  'leadingPipe', 'lineOf', 'listeners', 'loadPlan', 'logDecision', 'logEdit', 'logProgress',
  'logSurprise', 'markerCol', 'missingFields', 'moveAcross', 'moveSelection', 'neighbour',
  'nestedMarker', 'nextStep', 'nextStepLine', 'nextText', 'offerRetrospective', 'offsets',
  'onBodyClick', 'onContextMenu', 'onDeleted', 'onDragLeave', 'onDragOver', 'onDragStart', 'onDrop',
  'onFilterText', 'onFolder', 'onKeyDown', 'onLayout', 'onLoaded', 'onNewPlan', 'onRenamed',
  'onSettingsChange', 'onSlash', 'onToggleStatus', 'openAt', 'openComment', 'openPlan',
  'pendingText', 'planMenu', 'planOfWork', 'problem', 'projected', 'quoteContentCol', 'rank',
  'rawValues', 'readyFlag', 'rebuild', 'refreshClock', 'refreshDelayMs', 'renderCount',
  'renderDelayMs', 'renderEntry', 'renderNow', 'renderRow', 'reply', 'requireAny', 'restale',
  'revealInExplorer', 'rowBuilds', 'rowElement', 'rowFor', 'saveAndRender', 'saveLayout',
  'saveSettings', 'scheduleRender', 'sectionType', 'selectedPath', 'setLayout', 'setPlanStatus',
  'settingsKey', 'settingsListeners', 'showEmpty', 'showMessage', 'shownPath', 'sink', 'sliceMs',
  'statusEdit', 'statusFilter', 'statusLabel', 'statusOffset', 'statusRaw', 'stepKind',
  'strength', 'submitLabel', 'submitOnEnter', 'syncSettings', 'textOf', 'timer',
  'timestampRaw', 'toggles', 'toggleSort', 'toggleValues', 'toRequest', 'trailingPipe',
  'triggersOnCreate', 'unknownSettings', 'updateChips', 'updateFolders',
  'useAdditionalDayOfYearTokens', 'useAdditionalWeekYearTokens', 'utcZone', 'valueStart',
  'velocity', 'versionOf', 'via', 'visiblePaths', 'watchWidth', 'whenReady', 'withUpdated',
  'writeHandoff', 'writeInPlace', 'writeRetrospective', 'writeThroughProperties', 'yamlEnd',
  'yamlError', 'yamlStart', 'yieldToUi', 'zoomButtons',
];

export const mangleProps = new RegExp(`^(?:${MANGLED_PROPS.join('|')})$`);
