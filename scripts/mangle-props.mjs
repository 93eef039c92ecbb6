// Property names esbuild renames in the production main.js (esbuild.config.mjs `mangleProps`): our
// own fields, methods and option keys, which nothing outside the bundle reads, so each may become
// one or two letters. Every name here is proven ours by scripts/check-mangle-props.mjs (run by
// test/release/mangle-props.test.ts): not an Obsidian, DOM or library name, never a key read or
// written at run time (strings, Object.keys, JSON, data.json), never handed to outside code.
// `node scripts/check-mangle-props.mjs --suggest` lists further names that pass.
export const MANGLED_PROPS = [
  'activityText', 'addField', 'addList', 'addSection', 'advanceCols', 'afterClose', 'afterColon',
  'afterDefinitions', 'appendEntry', 'atxHeading', 'axisKey', 'blankAfterHeading', 'blankBefore',
  'blankBeforeHeading', 'blankBetween', 'blankLine', 'blankSeen', 'blankTail', 'bodyEnd',
  'bodyStart', 'bom', 'building', 'builds', 'bump', 'cancelLabel', 'canDropOn', 'cardBuilds',
  'cardColumns', 'cardElement', 'cardFor', 'crAt', 'crFrom', 'changeTo', 'checkChar', 'checkOffset', 'chipEls',
  'chunkSize', 'clearFilter', 'closeAll', 'closeContainer', 'closeLeaf', 'closeUnmatched',
  'collect', 'collectActivity', 'colonEnd', 'colOnLine', 'columnDom', 'columnOf',
  'completeNextStep', 'concreteEnd', 'concreteLine', 'concreteSteps', 'confirmLabel', 'contentCol',
  'contentVisual', 'continueAll', 'continueItem', 'continueLeaf', 'continueQuote', 'countEntries',
  'createMissingSection', 'currentLayout', 'cursorEnd', 'delayMs', 'delimiter', 'delimiterRow',
  'deps', 'displayDetection', 'displayFiles', 'displayLogging', 'displayStatuses',
  'displayTimestamps', 'doneChar', 'dragPath', 'draw', 'drawnReady', 'draws', 'edgeCard',
  'elementOf', 'emptyEl', 'emptyMessage', 'endCol', 'endDrag', 'endLine', 'endWithEol', 'extras',
  'fenceLine', 'fieldBullet', 'fieldMarker', 'fieldsAsParagraphs', 'findCr', 'fileAt', 'fileName',
  'filterInput', 'filterText', 'finishParagraph', 'firstLine', 'folderKey',
  'folderSelect', 'folderSetting', 'freshName', 'fromPairs', 'furtherBlank', 'generation',
  'groupCache', 'groupCacheFor', 'groupDom', 'groupLabel', 'groupOf', 'hatchFrom', 'headCells',
  'htmlKind', 'htmlLine', 'idOf', 'indentedLine', 'indexAt', 'initialBlank', 'inlineChildren',
  'inner', 'innerMarker', 'isBlankRest', 'isNear', 'isThematicBreak', 'keyEnd', 'keyLength',
  'lastActivity', 'lastEnd', 'lastRow', 'lastStepLine', 'latestMs', 'layoutButtons',
  'leadingPipe', 'lineAfter', 'lineEndOf', 'lineOf', 'listeners', 'loadPlan', 'logDecision',
  'logEdit', 'logProgress', 'logSurprise', 'markerCol', 'missingFields', 'moveAcross',
  'moveSelection', 'neighbour', 'nestedMarker', 'nextCol', 'nextLine', 'nextStart', 'nextStep',
  'nextStepLine', 'nextText', 'offerRetrospective', 'offsets', 'onBodyClick',
  'onContextMenu', 'onDeleted', 'onDragLeave', 'onDragOver', 'onDragStart', 'onDrop',
  'onFilterText', 'onFolder', 'onKeyDown', 'onLayout', 'onLoaded', 'onlyDefinitions', 'onNewPlan',
  'onRenamed', 'onSettingsChange', 'onSlash', 'onToggleStatus', 'openAt', 'openComment',
  'openIndented', 'openItem', 'openParagraph', 'openPlan', 'paragraphLine', 'partial',
  'pendingBlank', 'pendingText', 'planMenu', 'planOfWork', 'problem', 'projected',
  'quoteContentCol', 'quoteSpace', 'rank', 'rawValues', 'readyFlag', 'rebuild', 'refreshClock',
  'refreshDelayMs', 'renderCount', 'renderDelayMs', 'renderEntry', 'renderNow', 'renderRow',
  'reply', 'requireAny', 'restale', 'revealInExplorer', 'rowBuilds', 'rowElement', 'rowFor',
  'saveAndRender', 'saveLayout', 'saveSettings', 'sawBlank', 'scheduleRender', 'sectionType',
  'selectedPath', 'setDepth', 'setExtra', 'setLayout', 'setList', 'setPlanStatus', 'setSpread',
  'settingsKey', 'settingsListeners', 'setType', 'shortLast', 'showEmpty', 'showMessage',
  'shownPath', 'sink', 'sliceMs', 'startCol', 'startLine', 'startsItem', 'statusEdit',
  'statusFilter', 'statusLabel', 'statusOffset', 'statusRaw', 'stepKind', 'strength',
  'submitLabel', 'submitOnEnter', 'syncSettings', 'tableStart', 'takeLineStart', 'textOf', 'timer',
  'timestampRaw', 'toggles', 'toggleSort', 'toggleValues', 'toRequest', 'trailingPipe',
  'triggersOnCreate', 'tryLeafStart', 'union', 'unknownSettings', 'updateChips', 'updateFolders',
  'useAdditionalDayOfYearTokens', 'useAdditionalWeekYearTokens', 'utcZone', 'valueStart',
  'velocity', 'versionOf', 'via', 'visiblePaths', 'watchWidth', 'whenReady', 'withUpdated',
  'writeHandoff', 'writeInPlace', 'writeRetrospective', 'writeThroughProperties', 'yamlEnd',
  'yamlError', 'yamlStart', 'yieldToUi', 'zoomButtons',
];

export const mangleProps = new RegExp(`^(?:${MANGLED_PROPS.join('|')})$`);
