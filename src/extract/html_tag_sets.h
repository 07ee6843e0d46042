// Sets of tags the fast parser's insertion rules test (html_tree.h). Internal to the parser.
#pragma once

#include <myhtml/api.h>

#include "extract/html_tree.h"

namespace storyline {

inline bool IsHeading(myhtml_tag_id_t t) { return t >= MyHTML_TAG_H1 && t <= MyHTML_TAG_H6; }

inline bool IsTableContext(myhtml_tag_id_t t) {
  return t == MyHTML_TAG_TABLE || t == MyHTML_TAG_TBODY || t == MyHTML_TAG_THEAD || t == MyHTML_TAG_TFOOT ||
         t == MyHTML_TAG_TR;
}

inline bool IsTableSection(myhtml_tag_id_t t) {
  return t == MyHTML_TAG_TBODY || t == MyHTML_TAG_THEAD || t == MyHTML_TAG_TFOOT;
}

inline bool IsFormatting(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_A: case MyHTML_TAG_B: case MyHTML_TAG_BIG: case MyHTML_TAG_CODE: case MyHTML_TAG_EM:
    case MyHTML_TAG_FONT: case MyHTML_TAG_I: case MyHTML_TAG_NOBR: case MyHTML_TAG_S: case MyHTML_TAG_SMALL:
    case MyHTML_TAG_STRIKE: case MyHTML_TAG_STRONG: case MyHTML_TAG_TT: case MyHTML_TAG_U:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p>, besides headings, lists' items and the other cases below.
inline bool ClosesP(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_ADDRESS: case MyHTML_TAG_ARTICLE: case MyHTML_TAG_ASIDE: case MyHTML_TAG_BLOCKQUOTE:
    case MyHTML_TAG_CENTER: case MyHTML_TAG_DETAILS: case MyHTML_TAG_DIALOG: case MyHTML_TAG_DIR:
    case MyHTML_TAG_DIV: case MyHTML_TAG_DL: case MyHTML_TAG_FIELDSET: case MyHTML_TAG_FIGCAPTION:
    case MyHTML_TAG_FIGURE: case MyHTML_TAG_FOOTER: case MyHTML_TAG_HEADER: case MyHTML_TAG_HGROUP:
    case MyHTML_TAG_MAIN: case MyHTML_TAG_MENU: case MyHTML_TAG_NAV: case MyHTML_TAG_OL: case MyHTML_TAG_P:
    case MyHTML_TAG_SECTION: case MyHTML_TAG_SUMMARY: case MyHTML_TAG_UL:
      return true;
    default:
      return false;
  }
}

// End tags that close up to their element when it is in (default) scope.
inline bool IsBlockEnd(myhtml_tag_id_t t) {
  return ClosesP(t) || t == MyHTML_TAG_BUTTON || t == MyHTML_TAG_LISTING || t == MyHTML_TAG_PRE;
}

inline bool IsHeadContent(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_BASE: case MyHTML_TAG_BASEFONT: case MyHTML_TAG_BGSOUND: case MyHTML_TAG_LINK:
    case MyHTML_TAG_META: case MyHTML_TAG_NOFRAMES: case MyHTML_TAG_SCRIPT: case MyHTML_TAG_STYLE:
    case MyHTML_TAG_TEMPLATE: case MyHTML_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

inline bool IsVoid(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_AREA: case MyHTML_TAG_BASE: case MyHTML_TAG_BASEFONT: case MyHTML_TAG_BGSOUND:
    case MyHTML_TAG_BR: case MyHTML_TAG_COL: case MyHTML_TAG_EMBED: case MyHTML_TAG_FRAME: case MyHTML_TAG_HR:
    case MyHTML_TAG_IMG: case MyHTML_TAG_IMAGE: case MyHTML_TAG_INPUT: case MyHTML_TAG_KEYGEN:
    case MyHTML_TAG_LINK: case MyHTML_TAG_META: case MyHTML_TAG_PARAM: case MyHTML_TAG_SOURCE:
    case MyHTML_TAG_TRACK: case MyHTML_TAG_WBR: case MyHTML_TAG_ISINDEX:
      return true;
    default:
      return false;
  }
}

inline bool IsBreakout(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_B: case MyHTML_TAG_BIG: case MyHTML_TAG_BLOCKQUOTE: case MyHTML_TAG_BODY: case MyHTML_TAG_BR:
    case MyHTML_TAG_CENTER: case MyHTML_TAG_CODE: case MyHTML_TAG_DD: case MyHTML_TAG_DIV: case MyHTML_TAG_DL:
    case MyHTML_TAG_DT: case MyHTML_TAG_EM: case MyHTML_TAG_EMBED: case MyHTML_TAG_H1: case MyHTML_TAG_H2:
    case MyHTML_TAG_H3: case MyHTML_TAG_H4: case MyHTML_TAG_H5: case MyHTML_TAG_H6: case MyHTML_TAG_HEAD:
    case MyHTML_TAG_HR: case MyHTML_TAG_I: case MyHTML_TAG_IMG: case MyHTML_TAG_LI: case MyHTML_TAG_LISTING:
    case MyHTML_TAG_MENU: case MyHTML_TAG_META: case MyHTML_TAG_NOBR: case MyHTML_TAG_OL: case MyHTML_TAG_P:
    case MyHTML_TAG_PRE: case MyHTML_TAG_RUBY: case MyHTML_TAG_S: case MyHTML_TAG_SMALL: case MyHTML_TAG_SPAN:
    case MyHTML_TAG_STRONG: case MyHTML_TAG_STRIKE: case MyHTML_TAG_SUB: case MyHTML_TAG_SUP:
    case MyHTML_TAG_TABLE: case MyHTML_TAG_TT: case MyHTML_TAG_U: case MyHTML_TAG_UL: case MyHTML_TAG_VAR:
      return true;
    default:
      return false;
  }
}

inline bool IsIntegrationPoint(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_FOREIGNOBJECT: case MyHTML_TAG_DESC: case MyHTML_TAG_TITLE: case MyHTML_TAG_ANNOTATION_XML:
    case MyHTML_TAG_MI: case MyHTML_TAG_MO: case MyHTML_TAG_MN: case MyHTML_TAG_MS: case MyHTML_TAG_MTEXT:
      return true;
    default:
      return false;
  }
}

inline ContentModel RawContentOf(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_TITLE: case MyHTML_TAG_TEXTAREA: return ContentModel::kRcdata;
    case MyHTML_TAG_STYLE: case MyHTML_TAG_XMP: case MyHTML_TAG_IFRAME: case MyHTML_TAG_NOEMBED:
    case MyHTML_TAG_NOFRAMES:
      return ContentModel::kRawtext;
    case MyHTML_TAG_SCRIPT: return ContentModel::kScript;
    case MyHTML_TAG_PLAINTEXT: return ContentModel::kPlaintext;
    default: return ContentModel::kData;
  }
}


}  // namespace storyline
