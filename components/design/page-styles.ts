/**
 * The design system's stylesheets for a full extension page, in cascade order (tokens, then the
 * components, then plain elements). A page imports this once and puts class="lg-page" on <body>.
 */
import './tokens.css';
import './components.css';
import './page.css';
