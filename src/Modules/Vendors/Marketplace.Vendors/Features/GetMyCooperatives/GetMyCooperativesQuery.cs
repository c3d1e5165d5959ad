using Marketplace.Vendors.Features.GetApplication;
using Mediator;

namespace Marketplace.Vendors.Features.GetMyCooperatives;

internal sealed record GetMyCooperativesQuery(string Email) : IQuery<IReadOnlyList<MyCooperative>>;
