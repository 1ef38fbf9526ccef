// The elements st-app draws after its first frame (closed dialogs, the print handout): defined with the app.
import '../components/st-article-viewer.js';
import '../components/st-embed-dialog.js';
import '../components/st-handout.js';
