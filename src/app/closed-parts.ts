// The elements st-app draws after its first frame (closed dialogs, the print handout): fetched once the first frame
// is painted (LazyElements.release), so that their code is not in what comes before the first events.
import '../components/st-article-viewer.js';
import '../components/st-embed-dialog.js';
import '../components/st-handout.js';
