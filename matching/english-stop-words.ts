// English words that say nothing about the work ("I would like to learn how to …"): a wish or an
// offer written in English would otherwise look alike through them alone. Compared lowercase.
export const ENGLISH_STOP_WORDS: readonly string[] = [
  'i', 'me', 'my', 'myself', 'we', 'our', 'you', 'your', 'he', 'she', 'it', 'its', 'they', 'them', 'their', 'a',
  'an', 'the', 'and', 'or', 'but', 'if', 'of', 'at', 'by', 'for', 'with', 'about', 'to', 'from', 'in', 'on', 'up',
  'out', 'under', 'that', 'this', 'these', 'those', 'is', 'am', 'are', 'was', 'be', 'been', 'have', 'has', 'do',
  'does', 'would', 'like', 'want', 'learn', 'learning', 'how', 'what', 'when', 'where', 'who', 'which', 'can',
  'could', 'will', 'should', 'very', 'really', 'lot', 'lots', 'more', 'most', 'some', 'also', 'so', 'get',
  'internship', 'work', 'working', 'things', 'thing', 'there', 'then', 'than', 'as', 'into', 'other', 'own',
  'm', 've', 's', 't', 'not', 'no',
];
