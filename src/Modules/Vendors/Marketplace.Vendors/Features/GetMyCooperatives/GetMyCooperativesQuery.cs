using Marketplace.SharedKernel;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;

namespace Marketplace.Vendors.Features.GetMyCooperatives;

internal sealed record GetMyCooperativesQuery(UserId Person) : IQuery<IReadOnlyList<MyCooperative>>;
