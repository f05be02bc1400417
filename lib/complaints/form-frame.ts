/** The complaint form frame (entrypoints/complaint-form): its path and the one message it posts to its parent. */
export const COMPLAINT_FRAME_PATH = '/complaint-form.html';
/** posted to the parent with the draft id when the viewer closes the form (the page does not know the id) */
export const COMPLAINT_FRAME_CLOSED = 'complaint-form-closed';
