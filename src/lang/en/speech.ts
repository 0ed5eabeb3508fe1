/** Verbs and phrases that attribute speech ("..., the president said", "according to ..."). */
export const SPEECH_VERBS =
  'said|says|stated|noted|stressed|added|told|wrote|writes|explained|declared|insisted|warned|emphasised|emphasized|announced|claimed|argued|remarked';
export const ACCORDING_TO = 'according';
