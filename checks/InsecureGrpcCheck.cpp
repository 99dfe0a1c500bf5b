//===- InsecureGrpcCheck.cpp - transit-insecure-grpc ----------------------===//
#include "InsecureGrpcCheck.h"

#include "transit/HandleUse.h"
#include "clang/AST/ParentMapContext.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

constexpr llvm::StringLiteral DefaultChannelReplacement =
    "grpc::SslCredentials(grpc::SslCredentialsOptions())";
constexpr llvm::StringLiteral DefaultServerReplacement =
    "grpc::SslServerCredentials(grpc::SslServerCredentialsOptions())";

enum class Api {
  ChannelCredentials,  // C++ channel credentials without TLS
  ServerCredentials,   // C++ server credentials without TLS
  CChannelCredentials, // C core channel credentials without TLS
  CServerCredentials,  // C core server credentials without TLS
  ChannelFromFd,       // a plaintext channel over an existing socket
  ServerFromFd,        // a plaintext server connection over an existing socket
  LegacyChannel,       // grpc_insecure_channel_create (gRPC < 1.46)
  LegacyServerPort,    // grpc_server_add_insecure_http2_port (gRPC < 1.46)
  Local,               // local credentials: plaintext when LOCAL_TCP
};

struct GrpcApi {
  llvm::StringLiteral Name;
  Api Kind;
};

// grpc_impl:: is where gRPC 1.20 - 1.32 declared the C++ API.
constexpr GrpcApi Apis[] = {
    {"::grpc::InsecureChannelCredentials", Api::ChannelCredentials},
    {"::grpc_impl::InsecureChannelCredentials", Api::ChannelCredentials},
    {"::grpc::InsecureServerCredentials", Api::ServerCredentials},
    {"::grpc_impl::InsecureServerCredentials", Api::ServerCredentials},
    {"::grpc::CreateInsecureChannelFromFd", Api::ChannelFromFd},
    {"::grpc_impl::CreateInsecureChannelFromFd", Api::ChannelFromFd},
    {"::grpc::CreateCustomInsecureChannelFromFd", Api::ChannelFromFd},
    {"::grpc_impl::CreateCustomInsecureChannelFromFd", Api::ChannelFromFd},
    {"::grpc::experimental::CreateCustomInsecureChannelWithInterceptorsFromFd",
     Api::ChannelFromFd},
    {"::grpc_impl::experimental::"
     "CreateCustomInsecureChannelWithInterceptorsFromFd",
     Api::ChannelFromFd},
    {"::grpc::AddInsecureChannelFromFd", Api::ServerFromFd},
    {"::grpc_impl::AddInsecureChannelFromFd", Api::ServerFromFd},
    {"::grpc::experimental::LocalCredentials", Api::Local},
    {"::grpc_impl::experimental::LocalCredentials", Api::Local},
    {"::grpc::experimental::LocalServerCredentials", Api::Local},
    {"::grpc_impl::experimental::LocalServerCredentials", Api::Local},
    {"::grpc_insecure_credentials_create", Api::CChannelCredentials},
    {"::grpc_insecure_server_credentials_create", Api::CServerCredentials},
    {"::grpc_insecure_channel_create", Api::LegacyChannel},
    {"::grpc_insecure_channel_create_from_fd", Api::ChannelFromFd},
    {"::grpc_server_add_insecure_http2_port", Api::LegacyServerPort},
    {"::grpc_server_add_insecure_channel_from_fd", Api::ServerFromFd},
    {"::grpc_local_credentials_create", Api::Local},
    {"::grpc_local_server_credentials_create", Api::Local},
};

/// The credentials that encrypt, for evidence of encryption
/// (ReportConnectionSites): TLS, and ALTS and Google's default credentials
/// (TLS or ALTS).
constexpr llvm::StringLiteral SecureApis[] = {
    "::grpc::SslCredentials",
    "::grpc_impl::SslCredentials",
    "::grpc::SslServerCredentials",
    "::grpc_impl::SslServerCredentials",
    "::grpc::experimental::TlsCredentials",
    "::grpc::experimental::TlsServerCredentials",
    "::grpc::GoogleDefaultCredentials",
    "::grpc_impl::GoogleDefaultCredentials",
    "::grpc::experimental::AltsCredentials",
    "::grpc::experimental::AltsServerCredentials",
    "::grpc_ssl_credentials_create",
    "::grpc_ssl_credentials_create_ex",
    "::grpc_ssl_server_credentials_create",
    "::grpc_ssl_server_credentials_create_ex",
    "::grpc_ssl_server_credentials_create_with_options",
    "::grpc_tls_credentials_create",
    "::grpc_tls_server_credentials_create",
    "::grpc_google_default_credentials_create",
    "::grpc_alts_credentials_create",
    "::grpc_alts_server_credentials_create",
};

/// What each kind of site does and the way out (the message reads
/// "'<api>' <Says> or add a '<marker>' comment"), and a note when there is
/// no fix-it to explain.
struct KindText {
  Api Kind;
  llvm::StringLiteral Says;
  llvm::StringLiteral Note;
};
constexpr KindText Texts[] = {
    {Api::ChannelCredentials,
     "makes the channel send RPCs and their metadata in plaintext; use TLS "
     "channel credentials",
     ""},
    {Api::ServerCredentials,
     "makes the server accept RPCs in plaintext; use TLS server credentials",
     ""},
    {Api::CChannelCredentials,
     "makes the channel send RPCs in plaintext; use "
     "grpc_ssl_credentials_create",
     ""},
    {Api::CServerCredentials,
     "makes the server accept RPCs in plaintext; use "
     "grpc_ssl_server_credentials_create",
     "grpc_ssl_server_credentials_create needs the server's key and "
     "certificate, so there is no automatic fix"},
    {Api::ChannelFromFd,
     "opens a plaintext channel over a socket descriptor; connect by address "
     "with TLS credentials",
     "gRPC has no TLS variant of channels over a descriptor"},
    {Api::ServerFromFd,
     "serves plaintext RPCs on a socket descriptor; listen on an address with "
     "TLS server credentials",
     "gRPC has no TLS variant of serving a descriptor"},
    {Api::LegacyChannel,
     "opens a plaintext channel; create it with grpc_channel_create and "
     "grpc_ssl_credentials_create",
     ""},
    {Api::LegacyServerPort,
     "listens for plaintext RPCs; add the port with grpc_server_add_http2_port "
     "and grpc_ssl_server_credentials_create",
     ""},
    {Api::Local,
     "with LOCAL_TCP sends RPCs in plaintext over TCP; use TLS credentials",
     "LOCAL_TCP checks that the peer is on the loopback interface; it does "
     "not encrypt"},
};

std::optional<Api> apiOf(const FunctionDecl *FD) {
  std::string Name = "::" + FD->getQualifiedNameAsString();
  for (const GrpcApi &A : Apis)
    if (Name == A.Name)
      return A.Kind;
  return std::nullopt;
}

/// Whether the connect-type argument of a local-credentials call is a
/// constant equal to LOCAL_TCP (UDS stays on the host; an unknown value is
/// not provably plaintext TCP).
bool isLocalTcp(const CallExpr *Call, const FunctionDecl *FD,
                const ASTContext &Ctx) {
  if (Call->getNumArgs() < 1 || FD->getNumParams() < 1)
    return false;
  const auto *Enum = FD->getParamDecl(0)->getType()->getAs<EnumType>();
  if (!Enum)
    return false;
  const EnumConstantDecl *Tcp = nullptr;
  for (const EnumConstantDecl *E : Enum->getDecl()->enumerators())
    if (E->getName() == "LOCAL_TCP")
      Tcp = E;
  const Expr *Arg = Call->getArg(0);
  Expr::EvalResult Value;
  if (!Tcp || Arg->isValueDependent() || !Arg->EvaluateAsInt(Value, Ctx))
    return false;
  return llvm::APSInt::isSameValue(Value.Val.getInt(), Tcp->getInitVal());
}

} // namespace

InsecureGrpcCheck::InsecureGrpcCheck(StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : SiteCheck(Name, Context, CarveOutRule::Applies),
      ChannelCredentialsReplacement(Options.get("ChannelCredentialsReplacement",
                                                DefaultChannelReplacement)),
      ChannelCredentialsHeader(Options.get("ChannelCredentialsHeader", "")),
      ServerCredentialsReplacement(Options.get("ServerCredentialsReplacement",
                                               DefaultServerReplacement)),
      ServerCredentialsHeader(Options.get("ServerCredentialsHeader", "")) {}

/// The host a plaintext channel goes to, when its target is a literal:
/// `CreateChannel("orders.internal:50051", InsecureChannelCredentials())`.
static std::string channelDestination(const CallExpr *Site, Api Kind,
                                      ASTContext &Ctx) {
  const CallExpr *Create = nullptr;
  if (Kind == Api::LegacyChannel) {
    Create = Site;
  } else if (Kind == Api::ChannelCredentials ||
             Kind == Api::CChannelCredentials) {
    DynTypedNode Node = DynTypedNode::create(*Site);
    for (unsigned Depth = 0; Depth < 6 && !Create; ++Depth) {
      auto Parents = Ctx.getParents(Node);
      if (Parents.empty())
        break;
      Node = Parents[0];
      if (const auto *Call = Node.get<CallExpr>()) {
        StringRef Name = calleeName(Call);
        if (Name == "CreateChannel" || Name == "CreateCustomChannel" ||
            Name == "grpc_channel_create" ||
            Name == "CreateCustomChannelWithInterceptors")
          Create = Call;
        else
          break;
      } else if (!Node.get<Expr>()) {
        break;
      }
    }
  }
  if (!Create || Create->getNumArgs() < 1)
    return "";
  auto Target = constantString(Create->getArg(0), Ctx);
  return Target ? grpcTargetHost(Target->Value) : "";
}

void InsecureGrpcCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  SiteCheck::storeOptions(Opts);
  Options.store(Opts, "ChannelCredentialsReplacement",
                ChannelCredentialsReplacement);
  Options.store(Opts, "ChannelCredentialsHeader", ChannelCredentialsHeader);
  Options.store(Opts, "ServerCredentialsReplacement",
                ServerCredentialsReplacement);
  Options.store(Opts, "ServerCredentialsHeader", ServerCredentialsHeader);
}

void InsecureGrpcCheck::registerSiteMatchers(SiteMatchers &Sites) {
  std::vector<StringRef> Names;
  for (const GrpcApi &A : Apis)
    Names.push_back(A.Name);
  Sites.add(callExpr(callee(functionDecl(hasAnyName(Names)).bind("api")))
                .bind("call"));
  Sites.add(callExpr(callee(functionDecl(hasAnyName(std::vector<StringRef>(
                         std::begin(SecureApis), std::end(SecureApis))))))
                .bind("secure"));
}

void InsecureGrpcCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("secure"))
    return noteSecure(Result, Call, "credentials that encrypt");
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("api");
  std::optional<Api> Kind = apiOf(FD);
  if (!Kind)
    return;
  const ASTContext &Ctx = *Result.Context;
  if (*Kind == Api::Local && !isLocalTcp(Call, FD, Ctx))
    return;

  const KindText &Text =
      *llvm::find_if(Texts, [&](const KindText &T) { return T.Kind == *Kind; });
  Finding F;
  F.Site = Call;
  F.Destination = channelDestination(Call, *Kind, *Result.Context);
  F.Message = ("'" + FD->getQualifiedNameAsString() + "' " + Text.Says +
               " or " + carveOutHint())
                  .str();
  F.Note = Text.Note.str();
  switch (*Kind) {
  case Api::ChannelCredentials:
    if (ChannelCredentialsReplacement != DefaultChannelReplacement ||
        (isDeclared(Ctx, "grpc::SslCredentials") &&
         isDeclared(Ctx, "grpc::SslCredentialsOptions"))) {
      F.Replacement = ChannelCredentialsReplacement;
      F.ReplacementHeader = ChannelCredentialsHeader;
    }
    break;
  case Api::ServerCredentials:
    if (ServerCredentialsReplacement != DefaultServerReplacement) {
      F.Replacement = ServerCredentialsReplacement;
      F.ReplacementHeader = ServerCredentialsHeader;
    } else if (isDeclared(Ctx, "grpc::SslServerCredentials") &&
               isDeclared(Ctx, "grpc::SslServerCredentialsOptions")) {
      F.Replacement = ServerCredentialsReplacement;
      F.Note = "the TLS server needs its key and certificate: add them to "
               "SslServerCredentialsOptions::pem_key_cert_pairs";
    }
    break;
  case Api::CChannelCredentials: {
    auto Found = Ctx.getTranslationUnitDecl()->lookup(
        &Result.Context->Idents.get("grpc_ssl_credentials_create"));
    if (!Found.empty())
      if (const auto *Ssl = dyn_cast<FunctionDecl>(Found.front())) {
        std::string Args;
        for (unsigned I = 0; I < Ssl->getNumParams(); ++I)
          Args += (I ? ", " : "") + nullPointer(Ctx.getLangOpts()).str();
        F.Replacement = "grpc_ssl_credentials_create(" + Args + ")";
      }
    break;
  }
  default:
    break; // no TLS equivalent that compiles as a drop-in
  }
  report(Result, std::move(F));
}

} // namespace transit
