// The router's choice between a handler, 400, 404 and 405, as the reference's StacksHttp::try_parse_request.
#include "net/router.h"

#include <gtest/gtest.h>

namespace stacks::net {
namespace {

Route Fixed(const std::string& method, const std::string& strict, const std::string& permissive, int status) {
  return Route{method, std::regex(strict), std::regex(permissive),
               [status](const HttpRequest&, const std::smatch&) { return HttpResponse::Text(status, "hit"); }};
}

HttpRequest Req(const std::string& method, const std::string& path) {
  HttpRequest r;
  r.method = method;
  r.path = path;
  return r;
}

class RouterTest : public ::testing::Test {
 protected:
  Router router{std::vector<Route>{
      Fixed("GET", "^/a/([0-9]+)$", std::string("^/a/") + PERMISSIVE_PARAM + "$", 201),
      Fixed("POST", "^/a/([0-9]+)$", std::string("^/a/") + PERMISSIVE_PARAM + "$", 202),
      Fixed("GET", "^/prefix", "^/prefix", 203),
  }};
};

TEST_F(RouterTest, FirstStrictMatchWithTheMethodHandles) {
  EXPECT_EQ(router.Dispatch(Req("GET", "/a/12")).status, 201);
  EXPECT_EQ(router.Dispatch(Req("POST", "/a/12")).status, 202);
}

TEST_F(RouterTest, UnanchoredPatternMatchesLongerPaths) {
  EXPECT_EQ(router.Dispatch(Req("GET", "/prefixed/more")).status, 203);
}

TEST_F(RouterTest, PermissiveOnlyMatchWithTheMethodIs400) {
  HttpResponse r = router.Dispatch(Req("GET", "/a/xy"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Invalid path parameters for '/a/xy'");
  EXPECT_EQ(r.content_type, CONTENT_TYPE_TEXT);
}

TEST_F(RouterTest, WrongMethodListsEveryMatchingVerb) {
  HttpResponse r = router.Dispatch(Req("PUT", "/a/1"));
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.body, "Method Not Allowed. Allowed: GET, POST");
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0], (std::pair<std::string, std::string>{"Allow", "GET, POST"}));
}

TEST_F(RouterTest, WrongMethodOnABadParameterIs405) { EXPECT_EQ(router.Dispatch(Req("DELETE", "/a/xy")).status, 405); }

TEST_F(RouterTest, NoMatchIs404) {
  HttpResponse r = router.Dispatch(Req("GET", "/b"));
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "No such file or directory");
}

TEST_F(RouterTest, OverlongPathIs400BeforeMatching) {
  EXPECT_EQ(router.Dispatch(Req("GET", "/a/" + std::string(MAX_REQUEST_PATH_LEN, '1'))).status, 400);
}

TEST_F(RouterTest, HandlerExceptionBecomes500) {
  Router throwing(
      {Route{"GET", std::regex("^/x$"), std::regex("^/x$"),
             [](const HttpRequest&, const std::smatch&) -> HttpResponse { throw std::runtime_error("boom"); }}});
  EXPECT_EQ(throwing.Dispatch(Req("GET", "/x")).status, 500);
}

}  // namespace
}  // namespace stacks::net
