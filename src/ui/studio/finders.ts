// The evidence finders the studio's panels use, gathered in one module so they load as one chunk, and only when the
// studio first asks for them (useFinders imports this file dynamically; no first load carries it).
export { articleWords, namesInArticle, nodeNames } from '../../model/mentions/articleNames';
export { nodeMentions, relationMentions } from '../../model/mentions/findMentions';
export { evidenceOf } from '../../model/mentions/mention';
export { suggestNodes } from '../../model/mentions/suggestNodes';
export { suggestRelations } from '../../model/mentions/suggestRelations';
export { acceptSuggestion, mergeSuggestion } from '../../model/mentions/acceptSuggestion';
export { dismissName, undismissName } from '../../model/mentions/dismissals';
export { sentenceSpans } from '../../model/mentions/sentences';
