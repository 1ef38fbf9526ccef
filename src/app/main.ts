// Entry point: the theme and the app shell, which loads the dataset named in index.html.
import '../styles/theme.css';
import './st-app.js';
